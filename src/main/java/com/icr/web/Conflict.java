package com.icr.web;

/** The request is well formed and allowed, but the thing it acts on is not in a state that takes it: 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
