package com.icr.measure;

import io.swagger.v3.oas.annotations.media.Schema;

/** A measure as the API takes it; {@code relationshipId} only when it is created. */
public record MeasureRequest(
        @Schema(description = "On creation only; a measure stays with its relationship") String relationshipId,
        @Schema(nullable = true) String objectiveId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
        @Schema(maxLength = 20, nullable = true, description = "Manual measures only") String unit,
        @Schema(allowableValues = {
                "manual", "satisfaction", "expectations-met", "yes-ratio", "service-met" },
                description = "manual, or computed per month from the relationship's figures: average rating 1-5,"
                        + " percent of expectations met (partly counts half), percent yes decisions, percent resolved"
                        + " within the service target") String source,
        @Schema(allowableValues = { "higher", "lower" }, description = "Which way is better") String direction,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Satisfaction: 1 to 5; the computed percentages: 0 to 100") Double target){
}
