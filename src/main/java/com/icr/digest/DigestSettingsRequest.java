package com.icr.digest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The space the digest pages go to, and whether they are written. */
@Schema(name = "DigestSettingsRequest")
public record DigestSettingsRequest(@Schema(description = "A space key the app may write to") String spaceKey,
        @Schema(nullable = true, description = "Default true") Boolean enabled) {
}
