package com.icr.satisfaction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * An asked person's answer: a rating on the check's scale (1 to 5, or 0 to 10), whether
 * the expectation was met, a comment, and the answers to the check's extra questions.
 */
@Schema(name = "CheckAnswer")
public record AnswerBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10",
                description = "On the check's questionnaire's scale: 1 to 5, or 0 to 10") Integer rating,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
                "yes", "partly", "no" }) String met,
        @Schema(maxLength = 2000) String comment, @Schema(nullable = true,
                description = "The extra questions' answers by question id: a rating 1-5, yes/partly/no, one of the options, a text") Map<String, String> answers){

    /** An answer without extra questions, as before questionnaires. */
    public AnswerBody(Integer rating, String met, String comment) {
        this(rating, met, comment, null);
    }
}
