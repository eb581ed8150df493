package com.icr.request;

import com.icr.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestRepository extends JpaRepository<InternalRequest, String> {

    Optional<InternalRequest> findByTenantIdAndIssueId(TenantId tenantId, String issueId);

    /** Bulk, without loading a million rows: a site's purge. */
    @Modifying
    @Query("delete from DecisionRecord d where d.tenantId = :tenantId")
    void deleteDecisionsOf(TenantId tenantId);

    @Modifying
    @Query("delete from InternalRequest r where r.tenantId = :tenantId")
    void deleteRequestsOf(TenantId tenantId);
}
