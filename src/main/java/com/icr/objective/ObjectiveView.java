package com.icr.objective;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An objective as the API shows it, with the relationships that say they support it. */
@Schema(name = "Objective")
public record ObjectiveView(String id, @Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter, String title,
        @Schema(nullable = true) String description, String ownerAccountId, List<String> relationshipIds,
        Instant createdAt,
        @Schema(nullable = true, description = "When it was last reworded; null if never") Instant updatedAt,
        @Schema(nullable = true, description = "Who reworded it last; null if never") String updatedByAccountId) {
}
