package com.icr.department.internal;

import com.icr.tenant.TenantId;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A row of {@code department_group}: a group whose members belong to the department. */
@Embeddable
class MemberGroup {

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "group_name", nullable = false)
    private String groupName;

    protected MemberGroup() {
    }

    MemberGroup(TenantId tenantId, String groupName) {
        this.tenantId = tenantId;
        this.groupName = groupName;
    }

    String groupName() {
        return groupName;
    }

}
