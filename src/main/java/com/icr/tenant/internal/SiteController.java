package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.TenantManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/site}: the site and its installations, for the Getting started page. */
@RestController
class SiteController {

    private final TenantManagement tenants;

    SiteController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/site")
    SiteView site(Caller caller) {
        return SiteView.of(tenants.statusOf(caller.tenantId()), caller.product());
    }
}
