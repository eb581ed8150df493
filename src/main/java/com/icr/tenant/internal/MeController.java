package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is and whether the site's Jira says they administer it. */
@RestController
class MeController {

    record MeView(String accountId, boolean administrator) {
    }

    private final SitePermissions permissions;

    MeController(SitePermissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/api/me")
    MeView me(Caller caller) {
        return new MeView(caller.accountId().orElse(null), permissions.isAdministrator(caller));
    }
}
