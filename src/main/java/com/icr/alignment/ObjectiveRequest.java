package com.icr.alignment;

/** An objective as the API takes it. */
record ObjectiveRequest(String quarter, String title, String description, String ownerAccountId) {
}
