package com.icr.department.internal;

import com.icr.department.DepartmentName;
import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, String> {

    public Optional<Department> findByTenantIdAndId(TenantId tenantId, String id);

    public List<Department> findByTenantIdOrderByNameKey(TenantId tenantId);

    public Optional<Department> findByTenantIdAndNameKey(TenantId tenantId, String nameKey);

    public boolean existsByTenantIdAndNameKeyAndIdNot(TenantId tenantId, String nameKey, String id);

    public boolean existsByTenantIdAndNameKey(TenantId tenantId, String nameKey);

    /**
     * Name and archived flag only: the matrix needs 300 of them per request, not their
     * mappings.
     */
    @Query("select new com.icr.department.DepartmentName(d.id, d.name, d.archived) from Department d "
            + "where d.tenantId = :tenantId order by d.nameKey")
    public List<DepartmentName> namesOf(TenantId tenantId);

    /**
     * Names of a few departments (a panel, a relationship): one select, not their
     * mappings' collections.
     */
    @Query("select new com.icr.department.DepartmentName(d.id, d.name, d.archived) from Department d "
            + "where d.tenantId = :tenantId and d.id in :ids")
    public List<DepartmentName> namesOf(TenantId tenantId, Collection<String> ids);

}
