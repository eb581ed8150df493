package com.icr.request.internal;

import java.time.Instant;

/** A decision as the panel and the API show it. */
public record DecisionView(Decision outcome, DeclineReason reason, String reasonLabel, String note, String byAccountId, Instant at) {
}
