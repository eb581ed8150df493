package com.icr.review;

import com.icr.relationship.Side;
import java.time.Instant;

/** A frustration, assumption or suggestion as the API shows it, with the side that raised it. */
public record ItemView(String id, String relationshipId, Side side, String departmentId, String departmentName, ItemKind kind,
                       String text, ItemStatus status, String ownerAccountId, String action, String createdByAccountId,
                       Instant createdAt, Instant updatedAt, Instant closedAt) {
}
