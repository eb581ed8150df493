package com.icr.satisfaction;

import com.icr.tenant.TenantId;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ThanksRepository extends JpaRepository<Thanks, String> {

    List<Thanks> findByTenantIdAndCheckIdOrderByCreatedAt(TenantId tenantId, String checkId);

    boolean existsByTenantIdAndCheckIdAndFrom(TenantId tenantId, String checkId, String from);

    List<Thanks> findByTenantIdAndToDepartmentIdOrderByCreatedAtDesc(TenantId tenantId, String toDepartmentId, Pageable page);

    long countByTenantIdAndToDepartmentId(TenantId tenantId, String toDepartmentId);

    @Modifying
    @Query("delete from Thanks t where t.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);
}
