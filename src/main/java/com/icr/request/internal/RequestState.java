package com.icr.request.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far the app got with an issue. */
public enum RequestState {

    INTERNAL("internal"), NOT_INTERNAL("not-internal"), LOOKING_UP("looking-up"), DELETED("deleted");

    private final String key;

    RequestState(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

}
