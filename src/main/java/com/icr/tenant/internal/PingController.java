package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ping}: 204 for a valid context token of an installed, enabled site. Lets a page check its
 * token, and is the no-op endpoint the benchmarks measure the cost of authentication with.
 */
@RestController
class PingController {

    @GetMapping("/api/ping")
    ResponseEntity<Void> ping(Caller caller) {
        return ResponseEntity.noContent().build();
    }
}
