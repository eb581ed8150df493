package com.icr.satisfaction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An issue's satisfaction checks as one viewer sees them: the issue panel's and context's
 * data.
 */
public record IssueSatisfaction(String issueId, boolean clarityEnabled,
        @Schema(nullable = true, description = "The latest check that is not cancelled") CheckView current,
        List<CheckView> history,
        @Schema(description = "Whether the viewer may ask now: someone of the providing department or an administrator,"
                + " while the internal request has no check to be asked or awaiting answers") boolean canAskNow) {

    @Schema(name = "SatisfactionCheck")
    public record CheckView(String id, @Schema(
            description = "The resolution's time, when the issue entered the trigger status, or when the check was asked now") Instant resolvedAt,
            @Schema(allowableValues = {
                    "resolution", "status", "ask-now" }) String trigger,
            @Schema(allowableValues = { "scheduled", "awaiting", "answered", "expired", "cancelled" }) String state,
            @Schema(nullable = true,
                    allowableValues = { "reopened", "deleted", "not-internal", "nobody-to-ask", "filtered",
                            "filter-rejected" }) String cancelReason,
            boolean superseded, Instant askAt, @Schema(nullable = true) Instant askedAt,
            @Schema(nullable = true) Instant remindAt, @Schema(nullable = true) Instant remindedAt,
            @Schema(nullable = true) Instant expiresAt, List<String> asked, List<AnswerView> answers,
            @Schema(nullable = true) ClarityView clarity, List<ThanksView> thanks, You you,
            @Schema(description = "The questionnaire version the check asks (the one in force when it opened)") QuestionnaireView questionnaire){
    }

    @Schema(name = "Answer")
    public record AnswerView(String accountId, int rating, Met met, String comment, Instant answeredAt,
            Instant correctableUntil, @Schema(allowableValues = {
                    "1-5", "0-10" }) String scale,
            @Schema(description = "The extra questions' answers by question id") Map<String, String> answers){
    }

    @Schema(name = "ClarityAnswer")
    public record ClarityView(String accountId, int rating, String comment, Instant ratedAt, Instant correctableUntil) {
    }

    /** What the viewer may do with the check. */
    @Schema(name = "SatisfactionCheckViewer")
    public record You(boolean asked, boolean canAnswer, @Schema(nullable = true) AnswerView answer,
            boolean canRateClarity, boolean canThank, boolean thanked) {
    }
}
