package com.icr.measure;

import com.icr.core.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way a measure is better: more qualified leads, or fewer days to fill a role. */
public enum Direction implements Keyed {

    HIGHER, LOWER;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
