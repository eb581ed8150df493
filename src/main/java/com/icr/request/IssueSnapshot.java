package com.icr.request;

import java.time.Instant;
import java.util.List;

/**
 * What this module reads of a Jira issue, whichever way it came (a webhook or a fetch).
 * The adapter that speaks Jira's format builds it; {@code statusCategory} is Jira's
 * category key: new, indeterminate or done.
 */
public record IssueSnapshot(String issueId, String issueKey, String projectKey, List<String> componentIds,
        String reporterAccountId, String assigneeAccountId, String statusCategory, Instant createdAt,
        Instant resolvedAt) {

    public IssueSnapshot {
        componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
    }

    boolean isStarted() {
        return statusCategory != null && !"new".equals(statusCategory);
    }
}
