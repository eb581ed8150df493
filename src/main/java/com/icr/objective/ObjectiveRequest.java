package com.icr.objective;

/** An objective as the API takes it. */
public record ObjectiveRequest(String quarter, String title, String description, String ownerAccountId) {
}
