package com.icr.core;

/**
 * The request is well formed and allowed, but the thing it acts on is not in a state that
 * takes it ({@link Explained} says which).
 */
public class ConflictingState extends Refusal {

    public ConflictingState(String key, Object... arguments) {
        super("", null, key, arguments);
    }

}
