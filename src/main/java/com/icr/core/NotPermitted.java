package com.icr.core;

/**
 * The caller is known but the rule does not let them do this ({@link Explained} says
 * which rule).
 */
public class NotPermitted extends RuntimeException implements Explained {

    private final String key;

    private final transient Object[] arguments;

    public NotPermitted(String key, Object... arguments) {
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
