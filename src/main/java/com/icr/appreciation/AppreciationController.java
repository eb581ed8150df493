package com.icr.appreciation;

import com.icr.core.Quarter;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.department.DepartmentManagement;
import com.icr.tenant.Caller;
import com.icr.core.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/appreciation}: anyone on the site thanks people of another department, and
 * reads the thanks.
 */
@RestController
@Tag(name = "alignment")
class AppreciationController {

    private final AppreciationManagement appreciation;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final Clock clock;

    AppreciationController(AppreciationManagement appreciation, RelationshipManagement relationships,
            DepartmentManagement departments, Clock clock) {
        this.appreciation = appreciation;
        this.relationships = relationships;
        this.departments = departments;
        this.clock = clock;
    }

    @Operation(
            summary = "Thank people of another department (10 thanks a person per 24 hours, checks' thanks included)")
    @ApiResponse(responseCode = "201", description = "Given; the people thanked see it in GET /api/appreciation/mine")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "429", description = "The daily limit is reached; Retry-After says when it frees up")
    @PostMapping("/api/appreciation")
    ResponseEntity<AppreciationView> give(Caller caller, @RequestBody(required = false) AppreciationRequest request) {
        AppreciationView given = appreciation.give(caller.tenantId(), request, caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/appreciation?department=" + given.toDepartmentId())).body(given);
    }

    @Schema(name = "AppreciationList")
    record Given(int total, List<AppreciationView> items) {
    }

    /**
     * The quarter's thanks to or from a department, or between a relationship's two
     * departments.
     */
    @Operation(summary = "The quarter's thanks to or from a department, or between a relationship's departments")
    @ApiResponse(responseCode = "200", description = "Thanks, newest first")
    @ApiResponse(responseCode = "400", description = "Neither or both of department and relationship, or a bad quarter")
    @ApiResponse(responseCode = "404", description = "No such department or relationship on this site")
    @GetMapping("/api/appreciation")
    Given list(Caller caller,
            @Parameter(description = "A department") @RequestParam(required = false) String department,
            @Parameter(description = "A relationship") @RequestParam(required = false) String relationship,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        List<AppreciationView> items;
        if (relationship != null && !relationship.isBlank() && (department == null || department.isBlank())) {
            RelationshipView r = relationships.get(caller.tenantId(), relationship);
            items = appreciation.during(caller.tenantId(), period, Set.of(r.provider().id(), r.customer().id()), true,
                    caller);
        }
        else if (department != null && !department.isBlank() && (relationship == null || relationship.isBlank())) {
            items = appreciation.during(caller.tenantId(), period,
                    Set.of(departments.get(caller.tenantId(), department).id()), false, caller);
        }
        else {
            throw new InvalidInput("department", "input.thanks-scope");
        }
        return new Given(items.size(), items);
    }

    @Schema(name = "AppreciationMine")
    record Mine(List<AppreciationView> items) {
    }

    /** What the caller was thanked for lately: the app's notice to the people thanked. */
    @Operation(summary = "What the caller was thanked for in the last 90 days")
    @ApiResponse(responseCode = "200", description = "Thanks, newest first")
    @GetMapping("/api/appreciation/mine")
    Mine mine(Caller caller) {
        return new Mine(appreciation.receivedBy(caller));
    }

}
