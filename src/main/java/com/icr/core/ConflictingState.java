package com.icr.core;

/**
 * The request is well formed and allowed, but the thing it acts on is not in a state that
 * takes it ({@link Explained} says which).
 */
public class ConflictingState extends RuntimeException implements Explained {

    private final String key;

    private final transient Object[] arguments;

    public ConflictingState(String key, Object... arguments) {
        super(ErrorBundle.english(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
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
