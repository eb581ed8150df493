package com.icr.connect.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.TenantManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code enabled} and {@code disabled}, which ACSB does not handle. Signed with the
 * site's shared secret (HS256, qsh checked by ACSB); a disabled site's tokens reach
 * nothing but these two callbacks.
 */
@RestController
class LifecycleCallbacksController {

    private final TenantManagement tenants;

    LifecycleCallbacksController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @PostMapping("/enabled")
    ResponseEntity<Void> enabled(@RequestBody LifecyclePayload payload, Caller caller) {
        return apply(payload, caller, "enabled", true);
    }

    @PostMapping("/disabled")
    ResponseEntity<Void> disabled(@RequestBody LifecyclePayload payload, Caller caller) {
        return apply(payload, caller, "disabled", false);
    }

    private ResponseEntity<Void> apply(LifecyclePayload payload, Caller caller, String event, boolean enabled) {
        if (!caller.clientKey().equals(payload.clientKey())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "clientKey: the payload is for another installation.");
        }
        if (!event.equals(payload.eventType())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "eventType: expected " + event + ".");
        }
        tenants.enabled(caller.clientKey(), enabled);
        return ResponseEntity.noContent().build();
    }

}
