package com.icr.request;

import com.icr.relationship.MatrixFigures.Pair;
import java.time.Instant;

/**
 * An open internal request of a relationship, as a person's list of what needs them reads
 * it: whether its provider has still to say yes or no, and its next service target (the
 * first response while there is none, else the resolution; null when the relationship
 * agreed none) with whether that has passed.
 */
public record OpenRequest(String issueId, String issueKey, Pair pair, Instant createdAt, boolean awaitingDecision,
        Instant dueAt, Target target) {

    /** Which service target {@code dueAt} is. */
    public enum Target {

        FIRST_RESPONSE, RESOLUTION

    }

    /** Whether its service target has passed at {@code now}. */
    public boolean overdueAt(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

}
