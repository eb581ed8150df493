package com.icr.relationship;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A version of an agreement: a draft, agreed by both owners, or superseded by a later
 * version.
 */
public enum AgreementStatus {

    DRAFT, AGREED, SUPERSEDED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

}
