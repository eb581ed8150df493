package com.icr.request;

/**
 * What any user who sees the issue may read of its request, for search (Jira: the {@code icr-request} entity
 * property, indexed for JQL). Department names and the decision only: no notes, no people.
 */
public record RequestSummary(boolean internal, String provider, String customer, String decision, String declineReason,
                             String decidedOn) {

    public static final String PROPERTY_KEY = "icr-request";
}
