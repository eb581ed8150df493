package com.icr.satisfaction;

import java.time.Instant;
import java.util.List;

/** An issue's satisfaction checks as one viewer sees them: the issue panel's and context's data. */
public record IssueSatisfaction(String issueId, boolean clarityEnabled, CheckView current, List<CheckView> history) {

    public record CheckView(String id, Instant resolvedAt, String state, String cancelReason, boolean superseded, Instant askAt,
                     Instant askedAt, Instant remindAt, Instant remindedAt, Instant expiresAt, List<String> asked, List<AnswerView> answers,
                     ClarityView clarity, List<ThanksView> thanks, You you) {
    }

    public record AnswerView(String accountId, int rating, Met met, String comment, Instant answeredAt, Instant correctableUntil) {
    }

    public record ClarityView(String accountId, int rating, String comment, Instant ratedAt, Instant correctableUntil) {
    }

    /** What the viewer may do with the check. */
    public record You(boolean asked, boolean canAnswer, AnswerView answer, boolean canRateClarity, boolean canThank, boolean thanked) {
    }
}
