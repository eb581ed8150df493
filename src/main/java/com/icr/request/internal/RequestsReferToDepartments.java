package com.icr.request.internal;

import com.icr.department.DepartmentUsage;
import com.icr.tenant.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A department that requests were (or would be) counted for is archived, not deleted:
 * their history names it.
 */
@Component
class RequestsReferToDepartments implements DepartmentUsage {

    private final JdbcTemplate jdbc;

    RequestsReferToDepartments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean refersTo(TenantId tenantId, String departmentId) {
        return Boolean.TRUE.equals(jdbc
            .query("select 1 from internal_request where tenant_id = ? and (provider_id = ? or customer_id = ? "
                    + "or auto_provider_id = ? or auto_customer_id = ? or corrected_provider_id = ? or corrected_customer_id = ?) limit 1",
                    (org.springframework.jdbc.core.ResultSetExtractor<Boolean>) java.sql.ResultSet::next,
                    tenantId.value(), departmentId, departmentId, departmentId, departmentId, departmentId,
                    departmentId));
    }

}
