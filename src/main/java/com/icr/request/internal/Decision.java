package com.icr.request.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The provider's answer to an internal request: yes (accepted) or no (declined). */
public enum Decision {

    ACCEPTED, DECLINED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
