package com.icr.request;

/**
 * What any user who sees the issue may read of its request, for search (Jira: the
 * {@code icr-request} entity property, indexed for JQL). Department names, the decision
 * and the satisfaction check's result only: no notes, no comments, no people.
 */
public record RequestSummary(boolean internal, String provider, String customer, String decision, String declineReason,
        String decidedOn, String satisfaction, Double rating, String met) {

    public static final String PROPERTY_KEY = "icr-request";

}
