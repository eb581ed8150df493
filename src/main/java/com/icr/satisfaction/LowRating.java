package com.icr.satisfaction;

import java.time.Instant;

/**
 * An answer rating the service 1 or 2 of 5, with its comment (empty without one): what a
 * relationship's digest lists. {@code met} is the answer's yes, partly or no.
 */
public record LowRating(String issueId, String issueKey, String accountId, int rating, int outOf, String met,
        String comment, Instant answeredAt) {

    /** Ratings at or below this are low on the 1 to 5 scale. */
    public static final int LOW = 2;

    /** On the 0 to 10 scale, detractors (0 to 6) are low, as NPS counts them. */
    public static final int LOW_OF_10 = 6;

}
