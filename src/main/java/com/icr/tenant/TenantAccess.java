package com.icr.tenant;

/** Whether an installation's tokens may reach its site's data right now. */
public record TenantAccess(TenantId tenantId, Product product, boolean installed, boolean enabled) {

    public boolean allowed() {
        return installed && enabled;
    }
}
