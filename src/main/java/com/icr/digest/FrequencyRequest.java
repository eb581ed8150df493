package com.icr.digest;

import io.swagger.v3.oas.annotations.media.Schema;

/** How often one relationship's digest is written. */
@Schema(name = "DigestFrequencyRequest")
public record FrequencyRequest(@Schema(allowableValues = {
        "weekly", "monthly" }) String frequency){
}
