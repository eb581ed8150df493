package com.icr.review;

/** A new frustration, assumption or suggestion as the API takes it. */
public record ItemRequest(String relationshipId, String side, String kind, String text, String ownerAccountId) {
}
