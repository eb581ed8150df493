package com.icr.department;

import com.icr.tenant.TenantId;

/**
 * Asked before a department is deleted: the modules that refer to departments
 * (relationships, later requests) each answer for their own rows, so that this module
 * needs to know none of them. A department something refers to is archived instead of
 * deleted.
 */
public interface DepartmentUsage {

    boolean refersTo(TenantId tenantId, String departmentId);

}
