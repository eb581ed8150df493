package com.icr.web;

import java.time.Duration;

/** The caller has used up a limit (thanks per day): 429, with {@code Retry-After} saying when it frees up. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
