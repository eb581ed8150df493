package com.icr.review;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new frustration, assumption or suggestion as the API takes it. */
@Schema(name = "ReviewItemRequest")
public record ItemRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String relationshipId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
                "provider", "customer" }) String side,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = { "frustration", "assumption", "suggestion" }) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
        @Schema(nullable = true) String ownerAccountId){
}
