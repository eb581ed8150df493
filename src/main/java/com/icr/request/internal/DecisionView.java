package com.icr.request.internal;

import com.icr.request.DeclineReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A decision as the panel and the API show it. */
@Schema(name = "Decision")
public record DecisionView(Decision outcome, @Schema(nullable = true) DeclineReason reason,
        @Schema(nullable = true) String reasonLabel, String note, String byAccountId, Instant at) {
}
