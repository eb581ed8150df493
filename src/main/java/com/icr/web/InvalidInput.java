package com.icr.web;

/** Input the app refuses: answered 400 with the offending field named, and nothing written. */
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
