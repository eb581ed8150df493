package com.icr.request;

/** The provider's answer as the API takes it: outcome accepted or declined; a reason (and note) for a no. */
public record DecisionRequest(String outcome, String reason, String note) {
}
