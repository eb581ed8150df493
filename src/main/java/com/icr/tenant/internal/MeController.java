package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is and whether the site's Jira says they administer
 * it.
 */
@RestController
@Tag(name = "site")
class MeController {

    @Schema(name = "Me")
    record MeView(@Schema(nullable = true) String accountId, boolean administrator) {
    }

    private final SitePermissions permissions;

    MeController(SitePermissions permissions) {
        this.permissions = permissions;
    }

    @Operation(summary = "The caller and whether they administer the site's Jira")
    @ApiResponse(responseCode = "200", description = "The caller")
    @GetMapping("/api/me")
    MeView me(Caller caller) {
        return new MeView(caller.accountId().orElse(null), permissions.isAdministrator(caller));
    }

}
