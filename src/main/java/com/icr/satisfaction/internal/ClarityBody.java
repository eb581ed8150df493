package com.icr.satisfaction.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The assignee's rating of how clearly the request said what was wanted. */
@Schema(name = "ClarityRating")
record ClarityBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer rating,
        @Schema(maxLength = 2000) String comment) {
}
