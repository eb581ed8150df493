package com.icr.alignment;

import com.icr.core.Period;
import com.icr.core.Quarter;
import com.icr.core.AccountId;
import com.icr.core.InvalidInput;

/** The checks every alignment input goes through before anything is written. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInput(field, "is required");
        }
        return text;
    }

    /** Stripped, or null when blank. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return text;
    }

    static String account(String field, String value, boolean required) {
        return required ? AccountId.required(field, value).value() : AccountId.valueOf(field, value);
    }

    /** A quarter such as 2026-Q4 (the current one when left out), with the error naming this field. */
    static com.icr.core.Period quarter(String field, String value, java.time.Clock clock) {
        return com.icr.core.Quarter.parse(field, value, clock).period();
    }

    /** One of the enum's JSON keys, named in the error when it is not. */
    static <E extends Enum<E> & Keyed> E oneOf(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInput(field, "is required");
            }
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(value.strip())) {
                return e;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(e.key());
        }
        throw new InvalidInput(field, "must be one of " + keys);
    }

    /** An enum whose JSON form is a lower-case, dashed key. */
    interface Keyed {
        String key();
    }
}
