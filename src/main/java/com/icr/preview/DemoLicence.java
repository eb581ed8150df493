package com.icr.preview;

import com.icr.tenant.LicenceState;
import com.icr.tenant.Product;
import com.icr.tenant.SiteLicence;
import com.icr.tenant.TenantAccess;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo site's licence, as the preview's licence switch sets it (active at start): the
 * host's answer for the demo site, before any front door is asked, so the demo shows what
 * an active, evaluation or inactive site sees. Every other site's licence comes from its
 * host.
 */
@Component
@Order(0)
@Conditional(PreviewActivation.class)
class DemoLicence implements SiteLicence {

    private final TenantManagement tenants;

    private final AtomicReference<LicenceState> state = new AtomicReference<>(LicenceState.ACTIVE);

    DemoLicence(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<LicenceState> licenceOf(TenantId tenantId) {
        return demoSite().filter(tenantId::equals).map(demo -> state.get());
    }

    LicenceState state() {
        return state.get();
    }

    /**
     * Switches the demo site's licence; the site's kept licence is replaced at once, as a
     * Forge report replaces it.
     */
    void switchTo(LicenceState next) {
        state.set(next);
        demoSite().ifPresent(demo -> tenants.licenceReported(demo, next));
    }

    private Optional<TenantId> demoSite() {
        return tenants.accessFor(DemoSite.clientKey(Product.JIRA)).map(TenantAccess::tenantId);
    }

}
