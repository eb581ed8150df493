package com.icr.core;

/**
 * Input a rule refuses, naming the offending field; nothing is written. Its message is a
 * key of the error bundle with arguments ({@link Explained}), said after the field's
 * name.
 */
public class InvalidInput extends Refusal {

    private final String field;

    public InvalidInput(String field, String key, Object... arguments) {
        super(field + ": ", null, key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * The same refusal for another field (a column of a file, a parameter inside a
     * config).
     */
    public InvalidInput forField(String other) {
        return new InvalidInput(other, messageKey(), messageArguments());
    }

}
