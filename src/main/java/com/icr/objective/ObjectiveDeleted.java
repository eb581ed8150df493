package com.icr.objective;

import com.icr.tenant.TenantId;

/**
 * Published inside the transaction that deletes an objective: what linked to it lets go
 * in the same one.
 */
public record ObjectiveDeleted(TenantId tenantId, String objectiveId) {
}
