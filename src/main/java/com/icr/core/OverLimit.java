package com.icr.core;

import java.time.Duration;

/**
 * The caller has used up a limit (thanks per day); {@link #retryAfter()} says when it
 * frees up.
 */
public class OverLimit extends RuntimeException {

    private final transient Duration retryAfter;

    public OverLimit(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

}
