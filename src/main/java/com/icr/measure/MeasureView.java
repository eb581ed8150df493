package com.icr.measure;

import java.time.Instant;
import java.util.List;

/** A measure valued for a quarter: its three months, the latest value, and the Goals-style score and status. */
public record MeasureView(String id, String relationshipId, String objectiveId, String name, String unit, MeasureSource source,
                          Direction direction, double target, List<MonthValue> months, MonthValue latest, Double score,
                          String status, Instant updatedAt) {

    /** A month and its value; null when there is none (no figure yet, or nothing typed in). */
    public record MonthValue(String month, Double value) {
    }

    /** Atlassian Goals' bands: 0.7 and up on track, 0.4 and up at risk, below that off track. */
    static String status(Double score) {
        if (score == null) {
            return "no-data";
        }
        return score >= 0.7 ? "on-track" : score >= 0.4 ? "at-risk" : "off-track";
    }
}
