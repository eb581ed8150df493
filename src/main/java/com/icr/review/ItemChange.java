package com.icr.review;

/** A change to an entry; a field left out (null) stays as it is, an empty owner or action clears it. */
public record ItemChange(String status, String ownerAccountId, String action, String text) {
}
