package com.icr.request.internal;

import java.time.Instant;
import java.util.List;

/** The yes/no tab of a relationship for a quarter: its provider's answers to the customer's requests. */
public record DecisionSummary(String relationshipId, PeriodView period, int yes, int no, int undecided,
                              List<ReasonCount> reasons, List<Declined> declined) {

    public record PeriodView(String key, java.time.LocalDate from, java.time.LocalDate to) {
    }

    public record ReasonCount(DeclineReason reason, String label, int count) {
    }

    public record Declined(String issueId, String issueKey, DeclineReason reason, String reasonLabel, String note, Instant at) {
    }
}
