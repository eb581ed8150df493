package com.icr.relationship;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a relationship's agreement stands: the matrix's agreement metric. */
public enum Standing {

    NONE("none"), DRAFT("draft"), AGREED("agreed"), AGREED_DRAFT_PENDING("agreed-draft-pending");

    private final String json;

    Standing(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

}
