package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.TenantManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/site}: the site, its installations and the app's licence there, for the
 * Getting started page and every page's licence banner.
 */
@RestController
@Tag(name = "site")
class SiteController {

    private final TenantManagement tenants;

    SiteController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Operation(
            summary = "The caller's site: its Jira and Confluence installations, whether they are linked, and the app's licence there")
    @ApiResponse(responseCode = "200", description = "The site")
    @GetMapping("/api/site")
    SiteView site(Caller caller) {
        return SiteView.of(tenants.statusOf(caller.tenantId()), caller.product(), tenants.licenceOf(caller.tenantId()));
    }

}
