package com.icr.objective;

import com.icr.department.DepartmentManagement;
import com.icr.relationship.Sides;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
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
 * {@code /api/objectives}: everyone reads; Jira administrators set the quarter's corporate objectives (their
 * owners may reword them); a relationship's two departments say which objectives their service supports.
 */
@RestController
class ObjectiveController {

    private final ObjectiveManagement objectives;
    private final RelationshipManagement relationships;
    private final DepartmentManagement departments;

    ObjectiveController(ObjectiveManagement objectives, RelationshipManagement relationships, DepartmentManagement departments) {
        this.objectives = objectives;
        this.relationships = relationships;
        this.departments = departments;
    }

    @GetMapping("/api/objectives")
    List<ObjectiveView> list(Caller caller, @RequestParam(required = false) String quarter) {
        return objectives.list(caller.tenantId(), quarter);
    }

    @GetMapping("/api/objectives/{id}")
    ObjectiveView get(Caller caller, @PathVariable String id) {
        return objectives.get(caller.tenantId(), id);
    }

    @PostMapping("/api/objectives")
    ResponseEntity<ObjectiveView> create(Caller caller, @RequestBody(required = false) ObjectiveRequest request) {
        departments.memberOf(caller).requireAdministrator("set corporate objectives");
        ObjectiveView created = objectives.create(caller.tenantId(), request);
        return ResponseEntity.created(URI.create("/api/objectives/" + created.id())).body(created);
    }

    @PutMapping("/api/objectives/{id}")
    ObjectiveView update(Caller caller, @PathVariable String id, @RequestBody(required = false) ObjectiveRequest request) {
        if (!objectives.isOwner(caller.tenantId(), id, caller.accountId().orElse(null))) {
            departments.memberOf(caller).requireAdministrator("change an objective they do not own");
        }
        return objectives.update(caller.tenantId(), id, request);
    }

    @DeleteMapping("/api/objectives/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        objectives.get(caller.tenantId(), id); // 404 before 403 for another site's ids
        departments.memberOf(caller).requireAdministrator("delete corporate objectives");
        objectives.delete(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    record Links(List<String> objectiveIds) {
    }

    record Linked(String relationshipId, List<String> objectiveIds) {
    }

    @PutMapping("/api/relationships/{id}/objectives")
    Linked link(Caller caller, @PathVariable String id, @RequestBody(required = false) Links body) {
        Sides.require(departments.memberOf(caller), relationships.get(caller.tenantId(), id), "say which objectives this relationship supports");
        return new Linked(id, objectives.link(caller.tenantId(), id, body == null ? null : body.objectiveIds()));
    }
}
