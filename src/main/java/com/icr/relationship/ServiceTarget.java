package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How fast the provider answers and resolves the customer's requests, in hours; null when
 * not agreed.
 */
public record ServiceTarget(@Schema(minimum = "1", nullable = true) Integer firstResponseHours,
        @Schema(minimum = "1", nullable = true) Integer resolutionHours) {

    public static final ServiceTarget NONE = new ServiceTarget(null, null);

}
