package com.icr.review.internal;

import com.icr.review.ItemStatus;
import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewItemRepository extends JpaRepository<ReviewItem, String> {

    Optional<ReviewItem> findByTenantIdAndId(TenantId tenantId, String id);

    List<ReviewItem> findByTenantIdOrderByCreatedAtDesc(TenantId tenantId);

    List<ReviewItem> findByTenantIdAndRelationshipIdInOrderByCreatedAtDesc(TenantId tenantId,
            Collection<String> relationshipIds);

    List<ReviewItem> findByTenantIdAndOwnerAccountIdAndStatusNotOrderByCreatedAtAsc(TenantId tenantId,
            String ownerAccountId, ItemStatus status);

    @Modifying
    @Query("delete from ReviewItem i where i.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
