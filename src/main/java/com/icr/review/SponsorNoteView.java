package com.icr.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The sponsor's notes as the API shows them. */
@Schema(name = "SponsorNote")
public record SponsorNoteView(String relationshipId, String relationshipName,
        @Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter, String text, String byAccountId, Instant updatedAt) {
}
