package com.icr.satisfaction.internal;

import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckRepository extends JpaRepository<SatisfactionCheck, String> {

    List<SatisfactionCheck> findByTenantIdAndIssueIdOrderByResolvedAtDesc(TenantId tenantId, String issueId);

    Optional<SatisfactionCheck> findByIdAndTenantId(String id, TenantId tenantId);

    /** A relationship's checks that count for a period: asked, not cancelled. */
    @Query("select c from SatisfactionCheck c where c.tenantId = :tenantId and c.providerId = :providerId"
            + " and c.customerId = :customerId and c.status in ('OPEN', 'CLOSED') and c.resolvedAt >= :from"
            + " and c.resolvedAt < :until order by c.resolvedAt")
    List<SatisfactionCheck> counted(TenantId tenantId, String providerId, String customerId, java.time.Instant from,
            java.time.Instant until);

    @Modifying
    @Query("delete from CheckAnswer a where a.tenantId = :tenantId")
    void deleteAnswersOf(TenantId tenantId);

    @Modifying
    @Query("delete from SatisfactionCheck c where c.tenantId = :tenantId")
    void deleteChecksOf(TenantId tenantId);

}
