package com.icr.satisfaction.internal;

import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's satisfaction policy: the stored one, or the defaults for a site that never
 * saved one.
 */
@Service
class Policies {

    private final PolicyRepository policies;

    private final Clock clock;

    Policies(PolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SatisfactionPolicy of(TenantId tenantId) {
        return policies.findById(tenantId.value()).orElseGet(() -> SatisfactionPolicy.defaults(tenantId));
    }

    /**
     * Checks opened from now on follow it; open checks keep the policy they were opened
     * with.
     */
    @Transactional
    public PolicyBody change(TenantId tenantId, PolicyBody body, String accountId) {
        SatisfactionPolicy policy = of(tenantId);
        policy.change(body, accountId, clock.instant());
        return policies.saveAndFlush(policy).body();
    }

    /**
     * Jira rejected the filter a check was opened under: its administrators are told on
     * the policy.
     */
    void filterRejected(TenantId tenantId, String filter, List<String> errors, String issueKey, Instant at) {
        policies.findById(tenantId.value()).ifPresent(policy -> policy.filterRejected(filter, errors, issueKey, at));
    }

    void purge(TenantId tenantId) {
        policies.deleteOf(tenantId.value());
    }

}
