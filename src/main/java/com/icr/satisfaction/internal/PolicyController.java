package com.icr.satisfaction.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.InvalidInput;
import com.icr.core.NotPermitted;
import com.icr.request.IssueTracker;
import java.util.List;
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

    private final IssueTracker tracker;

    PolicyController(Policies policies, SitePermissions permissions, IssueTracker tracker) {
        this.policies = policies;
        this.permissions = permissions;
        this.tracker = tracker;
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
    @ApiResponse(responseCode = "400",
            description = "A field is out of range, or Jira rejected the JQL filter (the field jqlFilter, with Jira's words); nothing changed")
    @ApiResponse(responseCode = "503",
            description = "Jira did not answer when asked to validate a new JQL filter; nothing changed")
    @PutMapping
    PolicyBody put(Caller caller, @RequestBody(required = false) PolicyBody body) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.policy");
        }
        validateFilter(caller, body);
        return policies.change(caller.tenantId(), body, caller.accountId().orElse(null));
    }

    /**
     * A new filter is Jira's to validate, before the transaction: a query Jira rejects is
     * refused naming the field, with Jira's words. An unchanged one is not asked again.
     */
    private void validateFilter(Caller caller, PolicyBody body) {
        String jql = body == null || body.jqlFilter() == null ? "" : body.jqlFilter().strip();
        if (jql.isEmpty() || jql.length() > SatisfactionPolicy.MAX_JQL
                || jql.equals(policies.of(caller.tenantId()).jqlFilter())) {
            return; // none, too long (the policy names it), or what Jira took before
        }
        List<String> objections = tracker.objectionsTo(caller.tenantId(), jql);
        if (!objections.isEmpty()) {
            throw new InvalidInput("jqlFilter", "input.jql-rejected", String.join(" ", objections));
        }
    }

}
