package com.icr.request;

import java.time.Instant;

/**
 * What a relationship's digest says about its requests over a period: the requests the
 * provider declined (with the reason and note) and those resolved past an agreed service
 * target.
 */
public final class DigestRequests {

    private DigestRequests() {
    }

    /** A request declined in the period. {@code reason} null for a no without one. */
    public record Declined(String issueId, String issueKey, DeclineReason reason, String note, Instant decidedAt) {
    }

    /** A request resolved in the period that missed its service target. */
    public record Missed(String issueId, String issueKey, Instant createdAt, Instant resolvedAt) {
    }

}
