package com.icr.department.internal;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRemoval;
import com.icr.department.DepartmentRequest;
import com.icr.department.DepartmentView;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/departments}: everyone on the site reads; Jira administrators change. */
@RestController
@RequestMapping("/api/departments")
@Tag(name = "departments")
class DepartmentController {

    private final DepartmentManagement departments;

    private final SitePermissions permissions;

    DepartmentController(DepartmentManagement departments, SitePermissions permissions) {
        this.departments = departments;
        this.permissions = permissions;
    }

    @Operation(summary = "All departments of the site, by name")
    @ApiResponse(responseCode = "200", description = "Departments")
    @GetMapping
    List<DepartmentView> list(Caller caller, @RequestParam(defaultValue = "false") boolean includeArchived) {
        return departments.list(caller.tenantId(), includeArchived);
    }

    @Operation(summary = "One department")
    @ApiResponse(responseCode = "200", description = "The department")
    @ApiResponse(responseCode = "404", description = "No such department on this site")
    @GetMapping("/{id}")
    DepartmentView get(Caller caller, @PathVariable String id) {
        return departments.get(caller.tenantId(), id);
    }

    @Operation(summary = "Create a department (Jira administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Bad input; 'field' names it")
    @PostMapping
    ResponseEntity<DepartmentView> create(Caller caller, @RequestBody DepartmentRequest request) {
        requireAdministrator(caller);
        DepartmentView created = departments.create(caller.tenantId(), request);
        return ResponseEntity.created(URI.create("/api/departments/" + created.id())).body(created);
    }

    @Operation(summary = "Change a department (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Bad input")
    @ApiResponse(responseCode = "404", description = "Not found")
    @PutMapping("/{id}")
    DepartmentView update(Caller caller, @PathVariable String id, @RequestBody DepartmentRequest request) {
        requireAdministrator(caller);
        return departments.update(caller.tenantId(), id, request);
    }

    @Operation(summary = "Delete a department, or archive it when a relationship refers to it (Jira administrators)")
    @ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
    @ApiResponse(responseCode = "200", description = "Archived instead: something refers to it")
    @ApiResponse(responseCode = "404", description = "Not found")
    @DeleteMapping("/{id}")
    ResponseEntity<DepartmentView> remove(Caller caller, @PathVariable String id) {
        requireAdministrator(caller);
        return departments.remove(caller.tenantId(), id) == DepartmentRemoval.DELETED
                ? ResponseEntity.noContent().build() : ResponseEntity.ok(departments.get(caller.tenantId(), id));
    }

    private void requireAdministrator(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.change-departments");
        }
    }

}
