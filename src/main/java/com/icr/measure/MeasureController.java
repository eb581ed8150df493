package com.icr.measure;

import com.icr.objective.ObjectiveManagement;
import com.icr.department.DepartmentManagement;
import com.icr.relationship.Sides;
import com.icr.core.NotFound;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.core.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/measures}: everyone reads; the two departments of the measure's
 * relationship (and administrators) change it.
 */
@RestController
@Tag(name = "alignment")
class MeasureController {

    private final MeasureManagement measures;

    private final ObjectiveManagement objectives;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    MeasureController(MeasureManagement measures, ObjectiveManagement objectives, RelationshipManagement relationships,
            DepartmentManagement departments) {
        this.measures = measures;
        this.objectives = objectives;
        this.relationships = relationships;
        this.departments = departments;
    }

    @Operation(summary = "Measures, valued for a quarter")
    @ApiResponse(responseCode = "200", description = "Measures by name")
    @ApiResponse(responseCode = "400", description = "Bad quarter or relationship")
    @GetMapping("/api/measures")
    List<MeasureView> list(Caller caller,
            @Parameter(description = "Only this relationship's") @RequestParam(required = false) String relationship,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        return measures.list(caller.tenantId(), relationship, quarter);
    }

    @Operation(summary = "One measure, valued for a quarter")
    @ApiResponse(responseCode = "200", description = "The measure")
    @ApiResponse(responseCode = "400", description = "Bad quarter")
    @ApiResponse(responseCode = "404", description = "No such measure on this site")
    @GetMapping("/api/measures/{id}")
    MeasureView get(Caller caller, @PathVariable String id,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        return measures.get(caller.tenantId(), id, quarter);
    }

    @Operation(summary = "Add a measure to a relationship")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @PostMapping("/api/measures")
    ResponseEntity<MeasureView> create(Caller caller, @RequestBody(required = false) MeasureRequest request) {
        if (request == null || request.relationshipId() == null || request.relationshipId().isBlank()) {
            throw new InvalidInput("relationshipId", "input.required");
        }
        Sides.require(departments.memberOf(caller), relationshipFor(caller, request.relationshipId()),
                "not-permitted.sides.add-measures");
        MeasureView created = measures.create(caller.tenantId(), request, caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/measures/" + created.id())).body(created);
    }

    @Operation(summary = "Change a measure")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "404", description = "No such measure on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @PutMapping("/api/measures/{id}")
    MeasureView update(Caller caller, @PathVariable String id, @RequestBody(required = false) MeasureRequest request) {
        requireSide(caller, id, "not-permitted.sides.change-measure");
        return measures.update(caller.tenantId(), id, request, caller.accountId().orElse(null));
    }

    @Operation(summary = "Delete a measure and its values")
    @ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such measure on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @DeleteMapping("/api/measures/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        requireSide(caller, id, "not-permitted.sides.delete-measure");
        measures.delete(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "MeasureValue")
    record Value(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Double value) {
    }

    @Operation(summary = "Type in a manual measure's value for a month")
    @ApiResponse(responseCode = "200", description = "The measure, valued for the month's quarter")
    @ApiResponse(responseCode = "400", description = "Bad month or value, or a computed measure; nothing written")
    @ApiResponse(responseCode = "404", description = "No such measure on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @PutMapping("/api/measures/{id}/values/{month}")
    MeasureView record(Caller caller, @PathVariable String id,
            @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$")) @PathVariable String month,
            @RequestBody(required = false) Value body) {
        requireSide(caller, id, "not-permitted.sides.enter-values");
        return measures.record(caller.tenantId(), id, month, body == null ? null : body.value(), false,
                caller.accountId().orElse(null));
    }

    @Operation(summary = "Clear a manual measure's value for a month")
    @ApiResponse(responseCode = "200", description = "The measure, valued for the month's quarter")
    @ApiResponse(responseCode = "400", description = "Bad month, or a computed measure")
    @ApiResponse(responseCode = "404", description = "No such measure on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @DeleteMapping("/api/measures/{id}/values/{month}")
    MeasureView clear(Caller caller, @PathVariable String id,
            @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$")) @PathVariable String month) {
        requireSide(caller, id, "not-permitted.sides.clear-values");
        return measures.record(caller.tenantId(), id, month, null, true, caller.accountId().orElse(null));
    }

    @Operation(summary = "Measures as CSV, one line per measure and month of the quarter")
    @ApiResponse(responseCode = "200",
            description = "CSV (RFC 4180); cells a spreadsheet would run as formulas start with an apostrophe")
    @ApiResponse(responseCode = "400", description = "Bad quarter or relationship")
    @GetMapping(value = "/api/measures.csv", produces = "text/csv")
    ResponseEntity<String> csv(Caller caller,
            @Parameter(description = "Only this relationship's") @RequestParam(required = false) String relationship,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        List<MeasureView> list = measures.list(caller.tenantId(), relationship, quarter);
        Map<String, RelationshipView> byId = relationships.list(caller.tenantId())
            .stream()
            .collect(Collectors.toMap(RelationshipView::id, Function.identity()));
        Map<String, String> titles = objectives.titles(caller.tenantId());
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures.csv\"")
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(MeasureCsv.of(list, byId, titles));
    }

    private RelationshipView relationshipFor(Caller caller, String relationshipId) {
        try {
            return relationships.get(caller.tenantId(), relationshipId);
        }
        catch (com.icr.core.NotFound e) {
            throw new InvalidInput("relationshipId", "input.no-relationship", relationshipId);
        }
    }

    private void requireSide(Caller caller, String measureId, String refusalKey) {
        Sides.require(departments.memberOf(caller),
                relationships.get(caller.tenantId(), measures.relationshipOf(caller.tenantId(), measureId)),
                refusalKey);
    }

}
