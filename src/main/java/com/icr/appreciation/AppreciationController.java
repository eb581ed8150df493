package com.icr.appreciation;

import com.icr.core.Quarter;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.department.DepartmentManagement;
import com.icr.tenant.Caller;
import com.icr.core.InvalidInput;
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

/** {@code /api/appreciation}: anyone on the site thanks people of another department, and reads the thanks. */
@RestController
class AppreciationController {

    private final AppreciationManagement appreciation;
    private final RelationshipManagement relationships;
    private final DepartmentManagement departments;
    private final Clock clock;

    AppreciationController(AppreciationManagement appreciation, RelationshipManagement relationships, DepartmentManagement departments, Clock clock) {
        this.appreciation = appreciation;
        this.relationships = relationships;
        this.departments = departments;
        this.clock = clock;
    }

    @PostMapping("/api/appreciation")
    ResponseEntity<AppreciationView> give(Caller caller, @RequestBody(required = false) AppreciationRequest request) {
        AppreciationView given = appreciation.give(caller.tenantId(), request, caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/appreciation?department=" + given.toDepartmentId())).body(given);
    }

    record Given(int total, List<AppreciationView> items) {
    }

    /** The quarter's thanks to or from a department, or between a relationship's two departments. */
    @GetMapping("/api/appreciation")
    Given list(Caller caller, @RequestParam(required = false) String department, @RequestParam(required = false) String relationship,
               @RequestParam(required = false) String quarter) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        List<AppreciationView> items;
        if (relationship != null && !relationship.isBlank() && (department == null || department.isBlank())) {
            RelationshipView r = relationships.get(caller.tenantId(), relationship);
            items = appreciation.during(caller.tenantId(), period, Set.of(r.provider().id(), r.customer().id()), true);
        } else if (department != null && !department.isBlank() && (relationship == null || relationship.isBlank())) {
            items = appreciation.during(caller.tenantId(), period, Set.of(departments.get(caller.tenantId(), department).id()), false);
        } else {
            throw new InvalidInput("department", "name either a department or a relationship");
        }
        return new Given(items.size(), items);
    }

    record Mine(List<AppreciationView> items) {
    }

    /** What the caller was thanked for lately: the app's notice to the people thanked. */
    @GetMapping("/api/appreciation/mine")
    Mine mine(Caller caller) {
        return new Mine(appreciation.receivedBy(caller.tenantId(), caller.accountId().orElse(null)));
    }
}
