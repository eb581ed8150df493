package com.icr.tenant.internal;

import com.icr.tenant.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ping}: 204 for a valid context token of an installed, enabled site.
 * Lets a page check its token, and is the no-op endpoint the benchmarks measure the cost
 * of authentication with.
 */
@RestController
@Tag(name = "site")
class PingController {

    @Operation(summary = "Checks the caller's context token: 204 when it is valid for an installed, enabled site")
    @ApiResponse(responseCode = "204", description = "The token is good", content = @Content)
    @GetMapping("/api/ping")
    ResponseEntity<Void> ping(Caller caller) {
        return ResponseEntity.noContent().build();
    }

}
