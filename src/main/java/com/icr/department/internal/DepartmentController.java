package com.icr.department.internal;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRemoval;
import com.icr.department.DepartmentRequest;
import com.icr.department.DepartmentView;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/departments}: everyone on the site reads; Jira administrators change. */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

    private final DepartmentManagement departments;
    private final SitePermissions permissions;

    DepartmentController(DepartmentManagement departments, SitePermissions permissions) {
        this.departments = departments;
        this.permissions = permissions;
    }

    @GetMapping
    List<DepartmentView> list(Caller caller, @RequestParam(defaultValue = "false") boolean includeArchived) {
        return departments.list(caller.tenantId(), includeArchived);
    }

    @GetMapping("/{id}")
    DepartmentView get(Caller caller, @PathVariable String id) {
        return departments.get(caller.tenantId(), id);
    }

    @PostMapping
    ResponseEntity<DepartmentView> create(Caller caller, @RequestBody DepartmentRequest request) {
        requireAdministrator(caller);
        DepartmentView created = departments.create(caller.tenantId(), request);
        return ResponseEntity.created(URI.create("/api/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    DepartmentView update(Caller caller, @PathVariable String id, @RequestBody DepartmentRequest request) {
        requireAdministrator(caller);
        return departments.update(caller.tenantId(), id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<DepartmentView> remove(Caller caller, @PathVariable String id) {
        requireAdministrator(caller);
        return departments.remove(caller.tenantId(), id) == DepartmentRemoval.DELETED
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok(departments.get(caller.tenantId(), id));
    }

    private void requireAdministrator(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("Only Jira administrators may change departments.");
        }
    }
}
