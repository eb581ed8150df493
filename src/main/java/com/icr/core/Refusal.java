package com.icr.core;

/**
 * What the rules' exceptions share: the key of the error bundle and its arguments
 * ({@link Explained}), said in English by {@link #getMessage()} for the logs.
 */
public abstract class Refusal extends RuntimeException implements Explained {

    private final String key;

    private final transient Object[] arguments;

    /** {@code prefix}: what the English message says before the key's text (a field). */
    protected Refusal(String prefix, Throwable cause, String key, Object... arguments) {
        super(prefix + ErrorBundle.english(key, arguments), cause);
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
