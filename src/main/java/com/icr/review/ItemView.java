package com.icr.review;

import com.icr.relationship.Side;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A frustration, assumption or suggestion as the API shows it, with the side that raised
 * it.
 */
@Schema(name = "ReviewItem")
public record ItemView(String id, String relationshipId, Side side, String departmentId, String departmentName,
        ItemKind kind, String text, ItemStatus status, @Schema(nullable = true) String ownerAccountId,
        @Schema(nullable = true) String action, String createdByAccountId, Instant createdAt, Instant updatedAt,
        @Schema(description = "Who changed it last: who raised it until someone changes it") String updatedByAccountId,
        @Schema(nullable = true) Instant closedAt) {
}
