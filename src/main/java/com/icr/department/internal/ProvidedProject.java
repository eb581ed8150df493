package com.icr.department.internal;

import com.icr.department.ProjectMapping;
import com.icr.tenant.TenantId;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A row of {@code department_project}: what {@link ProjectMapping} is in the database,
 * with its tenant.
 */
@Embeddable
class ProvidedProject {

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "project_key", nullable = false)
    private String projectKey;

    @Column(name = "component_id")
    private String componentId;

    protected ProvidedProject() {
    }

    ProvidedProject(TenantId tenantId, ProjectMapping mapping) {
        this.tenantId = tenantId;
        this.projectKey = mapping.projectKey();
        this.componentId = mapping.componentId();
    }

    ProjectMapping mapping() {
        return new ProjectMapping(projectKey, componentId);
    }

}
