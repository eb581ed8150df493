package com.icr.core;

/** Input a rule refuses, naming the offending field; nothing is written. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

}
