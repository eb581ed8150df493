package com.icr.request.internal;

import com.icr.request.DeclineReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The yes/no tab of a relationship for a quarter: its provider's answers to the
 * customer's requests.
 */
public record DecisionSummary(String relationshipId, PeriodView period, int yes, int no, int undecided,
        List<ReasonCount> reasons, List<Declined> declined) {

    /** The same figures with other declines listed (those the reader may see). */
    DecisionSummary withDeclined(List<Declined> shown) {
        return new DecisionSummary(relationshipId, period, yes, no, undecided, reasons, shown);
    }

    @Schema(name = "DecisionPeriod")
    public record PeriodView(String key, java.time.LocalDate from, java.time.LocalDate to) {
    }

    @Schema(name = "DeclineReasonCount")
    public record ReasonCount(DeclineReason reason, String label, int count) {
    }

    @Schema(name = "DeclinedRequest")
    public record Declined(String issueId, @Schema(nullable = true) String issueKey, DeclineReason reason,
            String reasonLabel, String note, Instant at) {
    }
}
