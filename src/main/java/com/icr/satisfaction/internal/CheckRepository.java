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

    @Modifying
    @Query("delete from CheckAnswer a where a.tenantId = :tenantId")
    void deleteAnswersOf(TenantId tenantId);

    @Modifying
    @Query("delete from SatisfactionCheck c where c.tenantId = :tenantId")
    void deleteChecksOf(TenantId tenantId);

}
