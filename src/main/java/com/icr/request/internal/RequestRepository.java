package com.icr.request.internal;

import com.icr.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RequestRepository extends JpaRepository<InternalRequest, String> {

    public Optional<InternalRequest> findByTenantIdAndIssueId(TenantId tenantId, String issueId);

    /** Bulk, without loading a million rows: a site's purge. */
    @Modifying
    @Query("delete from DecisionRecord d where d.tenantId = :tenantId")
    public void deleteDecisionsOf(TenantId tenantId);

    @Modifying
    @Query("delete from InternalRequest r where r.tenantId = :tenantId")
    public void deleteRequestsOf(TenantId tenantId);

}
