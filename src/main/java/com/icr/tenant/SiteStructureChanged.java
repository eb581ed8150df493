package com.icr.tenant;

/**
 * Published inside the transaction that raises a site's structure revision (its
 * departments or relationships changed): what a module keeps on this node by that
 * revision can stop trusting it once the change commits.
 */
public record SiteStructureChanged(TenantId tenantId) {
}
