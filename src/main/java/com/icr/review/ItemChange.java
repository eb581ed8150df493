package com.icr.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change to an entry; a field left out (null) stays as it is, an empty owner or action
 * clears it.
 */
@Schema(name = "ReviewItemChange")
public record ItemChange(@Schema(allowableValues = {
        "open", "discussed", "agreed-action", "closed" }) String status,
        @Schema(nullable = true, description = "Empty clears it") String ownerAccountId,
        @Schema(maxLength = 1000, nullable = true,
                description = "Required for agreed-action; empty clears it") String action,
        @Schema(maxLength = 2000) String text){
}
