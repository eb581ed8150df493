package com.icr.objective;

import com.icr.department.DepartmentManagement;
import com.icr.relationship.Sides;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
 * {@code /api/objectives}: everyone reads; Jira administrators set the quarter's
 * corporate objectives (their owners may reword them); a relationship's two departments
 * say which objectives their service supports.
 */
@RestController
@Tag(name = "alignment")
class ObjectiveController {

    private final ObjectiveManagement objectives;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    ObjectiveController(ObjectiveManagement objectives, RelationshipManagement relationships,
            DepartmentManagement departments) {
        this.objectives = objectives;
        this.relationships = relationships;
        this.departments = departments;
    }

    @Operation(summary = "The quarter's corporate objectives")
    @ApiResponse(responseCode = "200", description = "Objectives, oldest first")
    @ApiResponse(responseCode = "400", description = "Bad quarter")
    @GetMapping("/api/objectives")
    List<ObjectiveView> list(Caller caller,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        return objectives.list(caller.tenantId(), quarter);
    }

    @Operation(summary = "One objective")
    @ApiResponse(responseCode = "200", description = "The objective")
    @ApiResponse(responseCode = "404", description = "No such objective on this site")
    @GetMapping("/api/objectives/{id}")
    ObjectiveView get(Caller caller, @PathVariable String id) {
        return objectives.get(caller.tenantId(), id);
    }

    @Operation(summary = "Set a corporate objective (Jira administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @PostMapping("/api/objectives")
    ResponseEntity<ObjectiveView> create(Caller caller, @RequestBody(required = false) ObjectiveRequest request) {
        departments.memberOf(caller).requireAdministrator("not-permitted.administrators.set-objectives");
        ObjectiveView created = objectives.create(caller.tenantId(), request);
        return ResponseEntity.created(URI.create("/api/objectives/" + created.id())).body(created);
    }

    @Operation(
            summary = "Reword an objective (its owner or Jira administrators); only administrators name another owner")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "404", description = "No such objective on this site")
    @ApiResponse(responseCode = "403",
            description = "Neither the objective's owner nor a Jira administrator, or an owner naming another")
    @PutMapping("/api/objectives/{id}")
    ObjectiveView update(Caller caller, @PathVariable String id,
            @RequestBody(required = false) ObjectiveRequest request) {
        String actor = caller.accountId().orElse(null);
        if (!objectives.isOwner(caller.tenantId(), id, actor)) {
            departments.memberOf(caller).requireAdministrator("not-permitted.administrators.change-others-objective");
        }
        else if (request != null && request.ownerAccountId() != null
                && !request.ownerAccountId().strip().equals(actor)) {
            departments.memberOf(caller).requireAdministrator("not-permitted.administrators.objective-owner");
        }
        return objectives.update(caller.tenantId(), id, request, caller.accountId().orElse(null));
    }

    @Operation(summary = "Delete an objective (Jira administrators); its measures lose the link")
    @ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such objective on this site")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @DeleteMapping("/api/objectives/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        objectives.get(caller.tenantId(), id); // 404 before 403 for another site's ids
        departments.memberOf(caller).requireAdministrator("not-permitted.administrators.delete-objectives");
        objectives.delete(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "ObjectiveLinksRequest")
    record Links(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> objectiveIds) {
    }

    @Schema(name = "ObjectiveLinks")
    record Linked(String relationshipId, List<String> objectiveIds) {
    }

    @Operation(summary = "Say which objectives the relationship supports (replaces the list)")
    @ApiResponse(responseCode = "200", description = "The relationship's objectives")
    @ApiResponse(responseCode = "400", description = "An objective this site does not have; nothing changed")
    @ApiResponse(responseCode = "404", description = "No such relationship on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a Jira administrator")
    @PutMapping("/api/relationships/{id}/objectives")
    Linked link(Caller caller, @PathVariable String id, @RequestBody(required = false) Links body) {
        Sides.require(departments.memberOf(caller), relationships.get(caller.tenantId(), id),
                "not-permitted.sides.link-objectives");
        return new Linked(id, objectives.link(caller.tenantId(), id, body == null ? null : body.objectiveIds()));
    }

}
