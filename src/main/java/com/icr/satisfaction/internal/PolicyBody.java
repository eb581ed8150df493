package com.icr.satisfaction.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A site's satisfaction policy as the API reads and writes it; null fields take their
 * defaults.
 */
@Schema(name = "SatisfactionPolicy")
record PolicyBody(
        @Schema(minimum = "0", maximum = "10080",
                description = "Wait after the resolution before asking; 0 asks at once") Integer delayMinutes,
        @Schema(allowableValues = {
                "reporter", "customer-members" },
                description = "The reporter, or also the issue's watchers who belong to the customer department") String asked,
        @Schema(minimum = "1", maximum = "60") Integer expiryDays,
        @Schema(minimum = "1", nullable = true,
                description = "One reminder after this many days, less than the expiry; null for none") Integer reminderDays,
        @ArraySchema(arraySchema = @Schema(
                description = "Project keys that take part; empty for every mapped project")) List<String> projects,
        @Schema(description = "Also ask the assignee to rate the request's clarity") Boolean clarity,
        @Schema(allowableValues = { "resolution", "status" },
                description = "What opens a check: the resolution (default), or entering the workflow status triggerStatus") String trigger,
        @Schema(nullable = true, maxLength = SatisfactionPolicy.MAX_TRIGGER_STATUS,
                description = "The workflow status (its name or id) that opens a check when trigger is status") String triggerStatus,
        @Schema(nullable = true, maxLength = SatisfactionPolicy.MAX_JQL,
                description = "Only issues that match this JQL are asked, as Jira's JQL match API decides when the trigger fires; empty for every issue. Jira validates it when it is saved") String jqlFilter,
        @Schema(nullable = true, accessMode = Schema.AccessMode.READ_ONLY,
                description = "The last time Jira rejected the filter when a check was due (nobody was asked then); cleared when the filter changes") FilterProblem filterProblem){

    /** A body that leaves the trigger at the resolution and filters nothing. */
    PolicyBody(Integer delayMinutes, String asked, Integer expiryDays, Integer reminderDays, List<String> projects,
            Boolean clarity) {
        this(delayMinutes, asked, expiryDays, reminderDays, projects, clarity, null, null, null, null);
    }

    /** What Jira said of the filter, when, for which issue. */
    @Schema(name = "PolicyFilterProblem")
    record FilterProblem(String message, Instant at, @Schema(nullable = true) String issueKey) {
    }
}
