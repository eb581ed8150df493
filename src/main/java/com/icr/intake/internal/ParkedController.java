package com.icr.intake.internal;

import com.icr.core.NotPermitted;
import com.icr.intake.Intake;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/intake/parked}: what the app received but could not apply, for the
 * site's Jira administrators.
 */
@RestController
@Tag(name = "intake")
class ParkedController {

    static final int LIST = 100;

    private final Intake intake;

    private final SitePermissions permissions;

    ParkedController(Intake intake, SitePermissions permissions) {
        this.intake = intake;
        this.permissions = permissions;
    }

    /** How many are parked, and the newest of them. */
    record ParkedView(int count, List<Intake.Parked> deliveries) {
    }

    @Operation(summary = "Deliveries (webhooks, scheduled jobs) given up after " + IntakeWorker.MAX_ATTEMPTS
            + " failed attempts, newest first, at most 100 (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The count and the newest parked deliveries")
    @ApiResponse(responseCode = "403", description = "The caller is not a Jira administrator")
    @GetMapping("/api/intake/parked")
    ParkedView parked(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.parked");
        }
        return new ParkedView(intake.parkedCount(caller.tenantId()), intake.parked(caller.tenantId(), LIST));
    }

}
