package com.icr.satisfaction.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/satisfaction/policy}: everyone on the site reads the rules; Jira
 * administrators change them.
 */
@RestController
@RequestMapping("/api/satisfaction/policy")
@Tag(name = "satisfaction")
class PolicyController {

    private final Policies policies;

    private final SitePermissions permissions;

    PolicyController(Policies policies, SitePermissions permissions) {
        this.policies = policies;
        this.permissions = permissions;
    }

    @Operation(summary = "The site's satisfaction policy (defaults until an administrator saves one)")
    @ApiResponse(responseCode = "200", description = "The policy")
    @GetMapping
    PolicyBody get(Caller caller) {
        return policies.of(caller.tenantId()).body();
    }

    @Operation(
            summary = "Change the site's satisfaction policy; checks opened from now on follow it (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The stored policy")
    @ApiResponse(responseCode = "400", description = "A field is out of range; nothing changed")
    @PutMapping
    PolicyBody put(Caller caller, @RequestBody(required = false) PolicyBody body) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.policy");
        }
        return policies.change(caller.tenantId(), body, caller.accountId().orElse(null));
    }

}
