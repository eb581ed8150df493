package com.icr.satisfaction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An asked person's answer: a rating from 1 to 5, whether the expectation was met, a
 * comment.
 */
@Schema(name = "CheckAnswer")
public record AnswerBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer rating,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
                "yes", "partly", "no" }) String met,
        @Schema(maxLength = 2000) String comment){
}
