package com.icr.core;

import java.time.Duration;

/**
 * The caller has used up a limit (thanks per day); {@link #retryAfter()} says when it
 * frees up.
 */
public class OverLimit extends Refusal {

    private final transient Duration retryAfter;

    public OverLimit(Duration retryAfter, String key, Object... arguments) {
        super("", null, key, arguments);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

}
