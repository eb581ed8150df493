package com.icr.web;

/** The caller is authenticated but may not do this: 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
