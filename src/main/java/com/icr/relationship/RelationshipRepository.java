package com.icr.relationship;

import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RelationshipRepository extends JpaRepository<Relationship, String> {

    Optional<Relationship> findByTenantIdAndId(TenantId tenantId, String id);

    Optional<Relationship> findByTenantIdAndProviderIdAndCustomerId(TenantId tenantId, String providerId, String customerId);

    List<Relationship> findByTenantId(TenantId tenantId);

    @Query("select count(r) > 0 from Relationship r where r.tenantId = :tenantId and (r.providerId = :departmentId or r.customerId = :departmentId)")
    boolean refersTo(TenantId tenantId, String departmentId);
}
