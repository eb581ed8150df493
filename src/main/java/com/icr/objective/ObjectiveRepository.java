package com.icr.objective;

import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ObjectiveRepository extends JpaRepository<Objective, String> {

    Optional<Objective> findByTenantIdAndId(TenantId tenantId, String id);

    List<Objective> findByTenantId(TenantId tenantId);

    List<Objective> findByTenantIdAndQuarterOrderByCreatedAt(TenantId tenantId, String quarter);

    List<Objective> findByTenantIdAndIdIn(TenantId tenantId, Collection<String> ids);

    @Modifying
    @Query("delete from Objective o where o.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
