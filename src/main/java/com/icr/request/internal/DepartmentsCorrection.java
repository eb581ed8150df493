package com.icr.request.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The departments the people of the request set by hand; null for either: back to the
 * automatic one.
 */
public record DepartmentsCorrection(@Schema(nullable = true) String providerId,
        @Schema(nullable = true) String customerId) {
}
