package com.icr.relationship.internal;

import com.icr.department.DepartmentUsage;
import com.icr.tenant.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A department that provides or receives in a relationship is archived, not deleted. */
@Component
class RelationshipsReferToDepartments implements DepartmentUsage {

    private final RelationshipRepository relationships;

    RelationshipsReferToDepartments(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean refersTo(TenantId tenantId, String departmentId) {
        return relationships.refersTo(tenantId, departmentId);
    }

}
