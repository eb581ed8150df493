package com.icr.relationship.internal;

import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.RelationshipView;
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

/**
 * {@code /api/relationships}: everyone on the site reads; Jira administrators create and delete; the owners
 * of a relationship (and administrators) change it; only its owners confirm its agreement.
 */
@RestController
@RequestMapping("/api/relationships")
class RelationshipController {

    private final RelationshipManagement relationships;
    private final SitePermissions permissions;

    RelationshipController(RelationshipManagement relationships, SitePermissions permissions) {
        this.relationships = relationships;
        this.permissions = permissions;
    }

    /** All relationships, or with {@code provider} and {@code customer} the one between them (a matrix cell). */
    @GetMapping
    List<RelationshipView> list(Caller caller, @RequestParam(required = false) String provider,
                                @RequestParam(required = false) String customer) {
        if (provider != null || customer != null) {
            return relationships.between(caller.tenantId(), provider, customer).stream().toList();
        }
        return relationships.list(caller.tenantId());
    }

    @GetMapping("/{id}")
    RelationshipView get(Caller caller, @PathVariable String id) {
        return relationships.get(caller.tenantId(), id);
    }

    @PostMapping
    ResponseEntity<RelationshipView> create(Caller caller, @RequestBody RelationshipRequest request) {
        requireAdministrator(caller, "create relationships");
        RelationshipView created = relationships.create(caller.tenantId(), request, caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/relationships/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    RelationshipView update(Caller caller, @PathVariable String id, @RequestBody RelationshipRequest request) {
        if (!relationships.isOwner(caller.tenantId(), id, caller.accountId().orElse(null))) {
            requireAdministrator(caller, "change a relationship they do not own");
        }
        return relationships.update(caller.tenantId(), id, request, caller.accountId().orElse(null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        relationships.get(caller.tenantId(), id); // 404 before 403 for ids of other sites
        requireAdministrator(caller, "delete relationships");
        relationships.delete(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/confirmations")
    RelationshipView confirm(Caller caller, @PathVariable String id) {
        return relationships.confirm(caller.tenantId(), id, caller.accountId().orElse(null));
    }

    private void requireAdministrator(Caller caller, String what) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("Only Jira administrators may " + what + ".");
        }
    }
}
