package com.icr.core;

/**
 * A text a person typed, as every use case takes it: stripped, bounded, and required or
 * not.
 */
public final class TextInput {

    private TextInput() {
    }

    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInput(field, "input.required");
        }
        return text;
    }

    /** Stripped, or null when blank. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(field, "input.too-long", max);
        }
        return text;
    }

}
