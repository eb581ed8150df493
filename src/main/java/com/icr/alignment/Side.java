package com.icr.alignment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which department of a relationship: the one that provides or the one that is served. */
public enum Side implements Text.Keyed {
    PROVIDER, CUSTOMER;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
