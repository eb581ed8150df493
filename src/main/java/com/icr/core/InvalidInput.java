package com.icr.core;

/**
 * Input a rule refuses, naming the offending field; nothing is written. Its message is a
 * key of the error bundle with arguments ({@link Explained}), said after the field's
 * name.
 */
public class InvalidInput extends RuntimeException implements Explained {

    private final String field;

    private final String key;

    private final transient Object[] arguments;

    public InvalidInput(String field, String key, Object... arguments) {
        super(field + ": " + ErrorBundle.english(key, arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /**
     * The same refusal for another field (a column of a file, a parameter inside a
     * config).
     */
    public InvalidInput forField(String other) {
        return new InvalidInput(other, key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

}
