package com.icr.satisfaction.internal;

import com.icr.core.Quarter;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.relationship.DepartmentRef;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What everyone on the site reads of satisfaction: a relationship's quarters, a
 * department's thanks.
 */
@RestController
@Tag(name = "satisfaction")
class FiguresController {

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final SatisfactionCounts counts;

    private final ThanksRepository thanks;

    private final ThanksLedger ledger;

    private final SitePermissions permissions;

    private final Clock clock;

    FiguresController(RelationshipManagement relationships, DepartmentManagement departments, SatisfactionCounts counts,
            ThanksRepository thanks, ThanksLedger ledger, SitePermissions permissions, Clock clock) {
        this.relationships = relationships;
        this.departments = departments;
        this.counts = counts;
        this.thanks = thanks;
        this.ledger = ledger;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Schema(name = "SatisfactionTrend")
    record Trend(String relationshipId, String period, List<SatisfactionCounts.Quarter> quarters) {
    }

    @Operation(summary = "A relationship's satisfaction per quarter, oldest first, ending with the quarter asked for")
    @ApiResponse(responseCode = "200", description = "The quarters")
    @ApiResponse(responseCode = "400", description = "Bad period or quarters")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @GetMapping("/api/relationships/{id}/satisfaction")
    Trend trend(Caller caller, @PathVariable String id,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when absent") @RequestParam(
                    required = false) String period,
            @Parameter(description = "How many quarters, 1 to 8 (default 4)",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "8")) @RequestParam(
                            required = false) Integer quarters) {
        int n = quarters == null ? 4 : quarters;
        if (n < 1 || n > 8) {
            throw new InvalidInput("quarters", "input.quarters-range");
        }
        Period until = Quarter.parse("period", period, clock).period();
        return new Trend(id, until.key(),
                counts.trend(caller.tenantId(), relationships.pairOf(caller.tenantId(), id), until, n));
    }

    record ThanksReceived(long total, List<Received> thanks) {
    }

    @Schema(name = "ReceivedThanks")
    record Received(String from, @Schema(nullable = true) DepartmentRef fromDepartment, List<String> to,
            @Schema(nullable = true) String issueKey, String message, Instant at) {
    }

    @Operation(summary = "The thanks a department received, newest first",
            description = "A thank-you that followed a satisfaction check"
                    + " names its issue only to readers who may browse that issue in Jira (one permission check for the page); the count is everyone's.")
    @ApiResponse(responseCode = "200", description = "The count and the latest thanks")
    @ApiResponse(responseCode = "400", description = "Bad limit")
    @ApiResponse(responseCode = "404", description = "No such department")
    @GetMapping("/api/departments/{id}/thanks")
    ThanksReceived thanks(Caller caller, @PathVariable String id,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(
                    required = false) Integer limit) {
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) {
            throw new InvalidInput("limit", "input.limit-range");
        }
        departments.findName(caller.tenantId(), id)
            .orElseThrow(() -> new NotFound("not-found.department", id.length() > 40 ? id.substring(0, 40) + "…" : id));
        List<Thanks> latest = thanks.findByTenantIdAndToDepartmentIdOrderByCreatedAtDesc(caller.tenantId(), id,
                PageRequest.of(0, n));
        Map<String, DepartmentName> names = departments.namesOf(caller.tenantId(),
                latest.stream().map(Thanks::fromDepartmentId).filter(java.util.Objects::nonNull).distinct().toList())
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, Function.identity()));
        // nobody learns of an issue they may not browse: its key is left out for them
        Map<String, String> issues = ledger.issuesOf(latest);
        Set<String> browsable = permissions.browsable(caller, Set.copyOf(issues.values()));
        return new ThanksReceived(thanks.countByTenantIdAndToDepartmentId(caller.tenantId(), id), latest.stream()
            .map(t -> new Received(t.from(),
                    names.containsKey(t.fromDepartmentId()) ? new DepartmentRef(t.fromDepartmentId(),
                            names.get(t.fromDepartmentId()).name(), names.get(t.fromDepartmentId()).archived()) : null,
                    t.to(), issues.containsKey(t.id()) && browsable.contains(issues.get(t.id())) ? t.issueKey() : null,
                    t.message(), t.createdAt()))
            .toList());
    }

}
