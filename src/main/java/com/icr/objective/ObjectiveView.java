package com.icr.objective;

import java.time.Instant;
import java.util.List;

/** An objective as the API shows it, with the relationships that say they support it. */
public record ObjectiveView(String id, String quarter, String title, String description, String ownerAccountId,
                            List<String> relationshipIds, Instant createdAt) {
}
