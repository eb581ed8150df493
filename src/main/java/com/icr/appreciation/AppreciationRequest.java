package com.icr.appreciation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A thank-you given at any time, as the API takes it. */
public record AppreciationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toDepartmentId,
        @ArraySchema(schema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1,
                maxItems = 10) List<String> toAccountIds,
        @Schema(nullable = true) String fromDepartmentId, @Schema(maxLength = 500, nullable = true) String message) {
}
