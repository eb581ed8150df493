package com.icr.satisfaction;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Whether the work met the expectation the relationship agreed on. */
public enum Met {

    YES, PARTLY, NO;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Met parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("met", "input.met-required");
        }
        return Arrays.stream(values())
            .filter(m -> m.key().equals(value.strip().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("met", "input.met"));
    }

    /** The worse of two answers, for a check several people answered. */
    public Met worse(Met other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }

}
