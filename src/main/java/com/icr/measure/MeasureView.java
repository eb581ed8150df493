package com.icr.measure;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A measure valued for a quarter: its three months, the latest value, and the Goals-style
 * score and status.
 */
@Schema(name = "Measure")
public record MeasureView(String id, String relationshipId, @Schema(nullable = true) String objectiveId, String name,
        @Schema(nullable = true) String unit,
        @Schema(description = "manual, or computed per month from the relationship's figures: average rating 1-5,"
                + " percent of expectations met (partly counts half), percent yes decisions, percent resolved within the"
                + " service target") MeasureSource source,
        @Schema(description = "Which way is better") Direction direction, double target, List<MonthValue> months,
        @Schema(nullable = true) MonthValue latest,
        @Schema(minimum = "0", maximum = "1", nullable = true,
                description = "Atlassian Goals' scale, from the latest value against the target") Double score,
        @Schema(allowableValues = {
                "on-track", "at-risk", "off-track", "no-data" },
                description = "score 0.7 and up, 0.4 and up, below; no-data without a value") String status,
        Instant updatedAt,
        @Schema(nullable = true, description = "Who changed it or typed in a value last") String updatedByAccountId){

    /**
     * A month and its value; null when there is none (no figure yet, or nothing typed
     * in).
     */
    public record MonthValue(@Schema(pattern = "^\\d{4}-\\d{2}$") String month, @Schema(nullable = true) Double value) {
    }

    /**
     * Atlassian Goals' bands: 0.7 and up on track, 0.4 and up at risk, below that off
     * track.
     */
    static String status(Double score) {
        if (score == null) {
            return "no-data";
        }
        return score >= 0.7 ? "on-track" : score >= 0.4 ? "at-risk" : "off-track";
    }
}
