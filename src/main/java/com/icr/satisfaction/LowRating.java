package com.icr.satisfaction;

import java.time.Instant;

/**
 * A low rating of a relationship's work (1 or 2 of 5), with the comment that came with it
 * (empty when none): what its provider and its sponsor may want to follow up.
 */
public record LowRating(String issueId, String issueKey, int rating, String comment, Instant answeredAt) {

    /** The highest rating that counts as low. */
    public static final int AT_MOST = 2;

}
