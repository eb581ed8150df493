package com.icr.review;

import com.icr.core.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an entry raised about the other side is: stating assumptions lets both sides
 * compare them instead of arguing.
 */
public enum ItemKind implements Keyed {

    FRUSTRATION, ASSUMPTION, SUGGESTION;

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
