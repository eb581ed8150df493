package com.icr.objective;

import io.swagger.v3.oas.annotations.media.Schema;

/** An objective as the API takes it. */
public record ObjectiveRequest(@Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(maxLength = 2000, nullable = true) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ownerAccountId) {
}
