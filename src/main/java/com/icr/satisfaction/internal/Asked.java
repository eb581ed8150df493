package com.icr.satisfaction.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * Who a check asks: the reporter, or also the watchers who belong to the customer
 * department.
 */
enum Asked {

    REPORTER, CUSTOMER_MEMBERS;

    @JsonValue
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Asked parse(String value) {
        if (value == null || value.isBlank()) {
            return REPORTER;
        }
        return Arrays.stream(values())
            .filter(a -> a.key().equals(value.strip().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("asked", "input.asked"));
    }

}
