package com.icr.review;

import java.time.Instant;

/** The sponsor's notes as the API shows them. */
public record SponsorNoteView(String relationshipId, String relationshipName, String quarter, String text, String byAccountId,
                              Instant updatedAt) {
}
