package com.icr.satisfaction.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/satisfaction/policy}: everyone on the site reads the rules; Jira administrators change them. */
@RestController
@RequestMapping("/api/satisfaction/policy")
class PolicyController {

    private final Policies policies;
    private final SitePermissions permissions;

    PolicyController(Policies policies, SitePermissions permissions) {
        this.policies = policies;
        this.permissions = permissions;
    }

    @GetMapping
    PolicyBody get(Caller caller) {
        return policies.of(caller.tenantId()).body();
    }

    @PutMapping
    PolicyBody put(Caller caller, @RequestBody(required = false) PolicyBody body) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("Only Jira administrators can change the satisfaction policy.");
        }
        return policies.change(caller.tenantId(), body, caller.accountId().orElse(null));
    }
}
