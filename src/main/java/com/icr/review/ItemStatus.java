package com.icr.review;

import com.icr.core.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an entry stands: raised, talked over, an action agreed (which must be named),
 * done with.
 */
public enum ItemStatus implements Keyed {

    OPEN, DISCUSSED, AGREED_ACTION, CLOSED;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
