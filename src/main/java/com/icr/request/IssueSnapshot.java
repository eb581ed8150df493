package com.icr.request;

import java.time.Instant;
import java.util.List;

/**
 * What this module reads of a Jira issue, whichever way it came (a webhook or a fetch).
 * The adapter that speaks Jira's format builds it; {@code statusCategory} is Jira's
 * category key: new, indeterminate or done; {@code statusId} and {@code statusName} the
 * workflow status (null when the reader did not say).
 */
public record IssueSnapshot(String issueId, String issueKey, String projectKey, List<String> componentIds,
        String reporterAccountId, String assigneeAccountId, String statusCategory, Instant createdAt,
        Instant resolvedAt, String statusId, String statusName) {

    /** An issue whose workflow status the reader did not say (only its category). */
    public IssueSnapshot(String issueId, String issueKey, String projectKey, List<String> componentIds,
            String reporterAccountId, String assigneeAccountId, String statusCategory, Instant createdAt,
            Instant resolvedAt) {
        this(issueId, issueKey, projectKey, componentIds, reporterAccountId, assigneeAccountId, statusCategory,
                createdAt, resolvedAt, null, null);
    }

    public IssueSnapshot {
        componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
    }

    boolean isStarted() {
        return statusCategory != null && !"new".equals(statusCategory);
    }
}
