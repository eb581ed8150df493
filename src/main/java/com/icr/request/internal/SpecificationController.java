package com.icr.request.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/requests/{issueId}/specification}: the request's specification against its
 * agreement's checklist. Whoever may browse the issue reads it; the customer's side
 * changes it until the provider decides (see {@link Specifications}).
 */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "requests")
class SpecificationController {

    private final Specifications specifications;

    private final SitePermissions permissions;

    SpecificationController(Specifications specifications, SitePermissions permissions) {
        this.specifications = specifications;
        this.permissions = permissions;
    }

    @Operation(summary = "The request's specification: the agreement's checklist and what the request specifies of it"
            + " (whoever may browse the issue in Jira)")
    @ApiResponse(responseCode = "200", description = "The specification; no items when the agreement had no checklist")
    @ApiResponse(responseCode = "404", description = "No such issue, or the caller may not browse it")
    @GetMapping("/{issueId}/specification")
    SpecificationView get(Caller caller, @Parameter(description = "Jira's issue id (digits)",
            schema = @Schema(type = "string", pattern = "^\\d{1,18}$")) @PathVariable String issueId) {
        IssueAccess access = IssueGate.access(permissions, caller, issueId);
        return specifications.view(caller.tenantId(), issueId, caller.accountId().orElse(null), access);
    }

    @Operation(summary = "Tick the checklist: each item specified, not applicable (with the reason why) or open (the"
            + " reporter, the customer department's lead, the relationship's customer-side owner, Jira administrators),"
            + " until the provider decides or the issue is resolved")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Bad input: the field is named (items[2].reason)")
    @ApiResponse(responseCode = "403", description = "Not on the customer's side")
    @ApiResponse(responseCode = "404", description = "No such issue, or no checklist")
    @ApiResponse(responseCode = "409", description = "The provider has decided, or the issue is resolved")
    @PutMapping("/{issueId}/specification")
    SpecificationView save(Caller caller,
            @Parameter(description = "Jira's issue id (digits)",
                    schema = @Schema(type = "string", pattern = "^\\d{1,18}$")) @PathVariable String issueId,
            @RequestBody(required = false) SpecificationRequest body) {
        IssueAccess access = IssueGate.access(permissions, caller, issueId);
        return specifications.save(caller.tenantId(), issueId, body, caller.accountId().orElse(null), access);
    }

}
