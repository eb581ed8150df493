package com.icr.satisfaction.internal;

import com.icr.core.InvalidInput;

/** A rating from 1 to 5, of the work (an answer) or of the request's clarity. */
record Rating(int value) {

    static Rating of(String field, Integer value) {
        if (value == null) {
            throw new InvalidInput(field, "input.rating-required-whole");
        }
        if (value < 1 || value > 5) {
            throw new InvalidInput(field, "input.rating-range");
        }
        return new Rating(value);
    }

    /** A comment as stored: trimmed, empty when absent, refused when too long. */
    static String comment(String field, String text, int max) {
        String comment = text == null ? "" : text.strip();
        if (comment.length() > max) {
            throw new InvalidInput(field, "input.too-long", max);
        }
        return comment;
    }
}
