package com.icr.tenant;

/**
 * Published inside the purge transaction, before the site itself is deleted: every module
 * that owns rows of the tenant deletes them in its listener, so a purge is all or
 * nothing.
 */
public record SitePurging(TenantId tenantId) {
}
