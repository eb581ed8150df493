package com.icr.request.internal;

import com.icr.core.Quarter;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/relationships/{id}/decisions}: the yes/no tab; everyone on the site reads
 * its figures, and of the latest declines only those of issues they may browse in Jira
 * (one permission check for the page).
 */
@RestController
@Tag(name = "requests")
class DecisionController {

    private final RelationshipManagement relationships;

    private final RequestCounts counts;

    private final SitePermissions permissions;

    private final Clock clock;

    DecisionController(RelationshipManagement relationships, RequestCounts counts, SitePermissions permissions,
            Clock clock) {
        this.relationships = relationships;
        this.counts = counts;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Operation(
            summary = "The yes/no tab: the provider's decisions on the customer's requests in a quarter, noes by reason, latest declines",
            description = "The counts are everyone's; the latest declines list only issues the caller may browse in Jira (their keys and notes"
                    + " say what the issue is about).")
    @ApiResponse(responseCode = "200", description = "The quarter's decisions")
    @ApiResponse(responseCode = "400", description = "Bad period")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @GetMapping("/api/relationships/{id}/decisions")
    DecisionSummary decisions(Caller caller, @PathVariable String id,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when absent") @RequestParam(
                    required = false) String period) {
        DecisionSummary summary = counts.decisionsOf(caller.tenantId(), id, relationships.pairOf(caller.tenantId(), id),
                Quarter.parse("period", period, clock).period());
        // nobody learns of an issue they may not browse, not its key nor its decline note
        Set<String> browsable = permissions.browsable(caller,
                summary.declined().stream().map(DecisionSummary.Declined::issueId).toList());
        return summary.withDeclined(summary.declined().stream().filter(d -> browsable.contains(d.issueId())).toList());
    }

}
