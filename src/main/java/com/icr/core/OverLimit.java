package com.icr.core;

import java.time.Duration;

/**
 * The caller has used up a limit (thanks per day); {@link #retryAfter()} says when it
 * frees up.
 */
public class OverLimit extends RuntimeException implements Explained {

    private final transient Duration retryAfter;

    private final String key;

    private final transient Object[] arguments;

    public OverLimit(Duration retryAfter, String key, Object... arguments) {
        super(ErrorBundle.english(key, arguments));
        this.retryAfter = retryAfter;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Duration retryAfter() {
        return retryAfter;
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
