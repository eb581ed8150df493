package com.icr.forge.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.icr.tenant.LicenceState;
import com.icr.tenant.SiteLicence;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Forge app's licence on a site: what the last verified invocation token said
 * ({@code app.license.active}, {@code isEvaluation}). Every page call and trigger brings
 * one, so the answer is as fresh as the site's last call; a token without
 * {@code app.license} comes from a free or development install and counts as licensed, as
 * Atlassian documents. Kept on this node only: after a restart the next call says again.
 */
@Component
@Order(2)
class ForgeSiteLicence implements SiteLicence {

    private final TenantManagement tenants;

    private final Cache<TenantId, LicenceState> lastHeard = Caffeine.newBuilder().maximumSize(20_000).build();

    ForgeSiteLicence(TenantManagement tenants) {
        this.tenants = tenants;
    }

    /**
     * An invocation of the site's installation was verified: its licence is the site's.
     */
    void heard(TenantId tenantId, Invocation invocation) {
        LicenceState state = invocation.licence().orElse(LicenceState.ACTIVE);
        lastHeard.put(tenantId, state);
        tenants.licenceReported(tenantId, state);
    }

    @Override
    public Optional<LicenceState> licenceOf(TenantId tenantId) {
        return Optional.ofNullable(lastHeard.getIfPresent(tenantId));
    }

}
