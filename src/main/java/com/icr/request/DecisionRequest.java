package com.icr.request;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The provider's answer as the API takes it: outcome accepted or declined; a reason (and
 * note) for a no.
 */
public record DecisionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
        "accepted", "declined" }) String outcome,
        @Schema(implementation = DeclineReason.class, nullable = true,
                description = "Required to decline") String reason,
        @Schema(maxLength = 1000, nullable = true, description = "Required when the reason is other") String note){
}
