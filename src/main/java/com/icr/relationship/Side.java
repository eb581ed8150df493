package com.icr.relationship;

import com.icr.core.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which department of a relationship: the one that provides or the one that is served.
 */
public enum Side implements Keyed {

    PROVIDER, CUSTOMER;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
