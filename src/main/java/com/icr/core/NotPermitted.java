package com.icr.core;

/** The caller is known but the rule does not let them do this. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }

}
