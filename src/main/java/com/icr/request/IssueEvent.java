package com.icr.request;

import java.time.Instant;

/**
 * Something that happened to an issue, at {@code timestamp} (Jira's event time, epoch
 * milliseconds). Events are ordered by (timestamp, deliveryKey), so that two with the
 * same millisecond still have one order, whichever arrives first. A comment by someone
 * other than the reporter counts as the provider's first response.
 */
public record IssueEvent(Kind kind, String issueId, long timestamp, String deliveryKey, IssueSnapshot issue,
        String commentAuthorAccountId, Instant commentedAt) {

    public enum Kind {

        /**
         * Created, updated, commented, or fetched from Jira: carries the issue as it was
         * then.
         */
        CHANGED, DELETED,
        /**
         * No news from the tracker: the stored issue needs its reporter's groups looked
         * up (after a correction).
         */
        LOOKUP

    }

    public static IssueEvent changed(long timestamp, String deliveryKey, IssueSnapshot issue) {
        return new IssueEvent(Kind.CHANGED, issue.issueId(), timestamp, deliveryKey, issue, null, null);
    }

    public IssueEvent withComment(String authorAccountId, Instant at) {
        return new IssueEvent(kind, issueId, timestamp, deliveryKey, issue, authorAccountId, at);
    }

    static IssueEvent lookup(String issueId, String deliveryKey) {
        return new IssueEvent(Kind.LOOKUP, issueId, 0, deliveryKey, null, null, null);
    }

    public static IssueEvent deleted(String issueId, long timestamp, String deliveryKey) {
        return new IssueEvent(Kind.DELETED, issueId, timestamp, deliveryKey, null, null, null);
    }
}
