package com.icr.request.internal;

import com.icr.tenant.TenantId;

/**
 * Published inside the transaction that saves a change to a request: the views kept of it
 * stop being trusted once it commits.
 */
public record RequestStored(TenantId tenantId, String issueId) {
}
