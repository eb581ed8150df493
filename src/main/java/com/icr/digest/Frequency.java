package com.icr.digest;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.Keyed;
import java.util.Locale;

/**
 * How often a relationship's digest page is written: every Monday (the week before), or
 * on the first Monday of a month (the month before).
 */
public enum Frequency implements Keyed {

    WEEKLY, MONTHLY;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
