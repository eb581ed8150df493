package com.icr.privacy;

import com.icr.tenant.TenantId;
import java.util.Set;

/** Atlassian said these people's data changed: what is cached of them is stale. */
public record AccountsUpdated(TenantId tenantId, Set<String> accountIds) {
}
