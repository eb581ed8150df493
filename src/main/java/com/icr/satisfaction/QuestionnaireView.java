package com.icr.satisfaction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A questionnaire version as everyone reads it: what a check asks besides whether the
 * expectation was met and a comment.
 */
@Schema(name = "Questionnaire")
public record QuestionnaireView(
        @Schema(nullable = true, description = "The version's id; null for the built-in questionnaire") String id,
        @Schema(description = "The version's number in its scope, from 1; 0 for the built-in questionnaire") int number,
        @Schema(allowableValues = {
                "built-in", "site", "relationship" }) String scope,
        @Schema(description = "Read for a relationship: whether it follows the site's default (no override)") boolean inherited,
        @Schema(allowableValues = { "1-5", "0-10" },
                description = "The main rating's scale; 0 to 10 is counted as NPS (9-10 promoters, 0-6 detractors)") String scale,
        List<Question> questions, @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) Instant createdAt){

    @Schema(name = "QuestionnaireQuestion")
    public record Question(String id, String label, @Schema(allowableValues = {
            "rating", "yes-partly-no", "choice", "text" },
            description = "An extra rating is from 1 to 5; a text answer is at most 500 characters") String kind,
            @Schema(description = "The options of a choice, 2 to 10") List<String> options, boolean required){
    }

    /** A questionnaire as an administrator saves it. */
    @Schema(name = "QuestionnaireInput")
    public record Input(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
            "1-5", "0-10" }) String scale,
            @Schema(description = "Up to 5 extra questions") List<QuestionInput> questions){
    }

    @Schema(name = "QuestionnaireQuestionInput")
    public record QuestionInput(@Schema(nullable = true,
            description = "A stable key (a-z, 0-9, -); kept from the version read to keep the question's figures together. Given when absent") String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String label,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
                    "rating", "yes-partly-no", "choice", "text" }) String kind,
            @Schema(nullable = true,
                    description = "For a choice: 2 to 10 distinct options of at most 80 characters") List<String> options,
            @Schema(nullable = true) Boolean required){
    }

}
