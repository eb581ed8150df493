package com.icr.relationship.internal;

import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/**
 * {@code /api/relationships}: everyone on the site reads; Jira administrators create and
 * delete and name who owns each side and sponsors; the owners of a relationship (and
 * administrators) change its terms; only its owners confirm its agreement, one person per
 * side.
 */
@RestController
@RequestMapping("/api/relationships")
@Tag(name = "relationships")
class RelationshipController {

    private final RelationshipManagement relationships;

    private final SitePermissions permissions;

    RelationshipController(RelationshipManagement relationships, SitePermissions permissions) {
        this.relationships = relationships;
        this.permissions = permissions;
    }

    /**
     * All relationships, or with {@code provider} and {@code customer} the one between
     * them (a matrix cell).
     */
    @Operation(
            summary = "All relationships of the site; with provider and customer, the one between them (with its versions),"
                    + " as a matrix cell opens it")
    @ApiResponse(responseCode = "200", description = "Relationships")
    @GetMapping
    List<RelationshipView> list(Caller caller,
            @Parameter(description = "Provider department id") @RequestParam(required = false) String provider,
            @Parameter(description = "Customer department id") @RequestParam(required = false) String customer) {
        if (provider != null || customer != null) {
            // the one read a viewer without an account makes (the macro's cell): it names
            // nobody to them
            return relationships.between(caller.tenantId(), provider, customer)
                .map(r -> caller.accountId().isPresent() ? r : r.withoutPeople())
                .stream()
                .toList();
        }
        return relationships.list(caller.tenantId());
    }

    @Operation(summary = "One relationship with its agreement versions, newest first")
    @ApiResponse(responseCode = "200", description = "The relationship")
    @ApiResponse(responseCode = "404", description = "Not found")
    @GetMapping("/{id}")
    RelationshipView get(Caller caller, @PathVariable String id) {
        return relationships.get(caller.tenantId(), id);
    }

    @Operation(summary = "Create a relationship with its first agreement draft (Jira administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400",
            description = "Bad input: a department related to itself, a pair that exists, unknown or"
                    + " archived departments")
    @PostMapping
    ResponseEntity<RelationshipView> create(Caller caller, @RequestBody RelationshipRequest request) {
        requireAdministrator(caller, "not-permitted.administrators.create-relationships");
        RelationshipView created = relationships.create(caller.tenantId(), request, caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/relationships/" + created.id())).body(created);
    }

    @Operation(
            summary = "Change the agreement (owners and Jira administrators) and who owns and sponsors the relationship (Jira"
                    + " administrators only); changed terms make a new draft version",
            description = "For an owner, an owner or sponsor field"
                    + " left out (null) stays as it is; one that differs from the relationship's is refused with 403 and nothing changes.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Bad input")
    @ApiResponse(responseCode = "403",
            description = "Neither an owner nor a Jira administrator, or an owner changing who owns or sponsors")
    @ApiResponse(responseCode = "404", description = "Not found")
    @PutMapping("/{id}")
    RelationshipView update(Caller caller, @PathVariable String id, @RequestBody RelationshipRequest request) {
        String actor = caller.accountId().orElse(null);
        boolean owner = relationships.isOwner(caller.tenantId(), id, actor); // 404 before
                                                                             // 403 for
                                                                             // ids of
                                                                             // other
                                                                             // sites
        boolean administrator = permissions.isAdministrator(caller);
        if (!owner && !administrator) {
            throw new NotPermitted("not-permitted.relationship-owners-and-administrators");
        }
        return relationships.update(caller.tenantId(), id, request, actor, administrator);
    }

    @Operation(summary = "Delete a relationship (Jira administrators)")
    @ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
    @ApiResponse(responseCode = "404", description = "Not found")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        relationships.get(caller.tenantId(), id); // 404 before 403 for ids of other sites
        requireAdministrator(caller, "not-permitted.administrators.delete-relationships");
        relationships.delete(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "An owner confirms the current draft for their side; agreed once both sides confirmed, by two different people")
    @ApiResponse(responseCode = "200", description = "The relationship")
    @ApiResponse(responseCode = "400", description = "No draft to confirm")
    @ApiResponse(responseCode = "403", description = "Not an owner of the relationship")
    @ApiResponse(responseCode = "409",
            description = "The caller confirmed the other side already: one person never confirms both")
    @ApiResponse(responseCode = "404", description = "Not found")
    @PostMapping("/{id}/confirmations")
    RelationshipView confirm(Caller caller, @PathVariable String id) {
        return relationships.confirm(caller.tenantId(), id, caller.accountId().orElse(null));
    }

    private void requireAdministrator(Caller caller, String refusalKey) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted(refusalKey);
        }
    }

}
