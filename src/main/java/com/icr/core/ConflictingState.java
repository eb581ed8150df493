package com.icr.core;

/**
 * The request is well formed and allowed, but the thing it acts on is not in a state that
 * takes it.
 */
public class ConflictingState extends RuntimeException {

    public ConflictingState(String message) {
        super(message);
    }

}
