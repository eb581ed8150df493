package com.icr.relationship;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a matrix cell summarises. Only the agreement has figures yet; the others come with
 * requests and checks.
 */
public enum Metric {

    AGREEMENT, SATISFACTION, YESNO, OPEN, SERVICE, SPECIFICATION;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String value) {
        if (value == null || value.isBlank()) {
            return AGREEMENT;
        }
        return Arrays.stream(values())
            .filter(m -> m.key().equals(value.strip().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("metric", "input.metric"));
    }

}
