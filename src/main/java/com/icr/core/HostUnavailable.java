package com.icr.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The product's REST API did not answer, or asked us to slow down (429 with
 * {@code Retry-After}): the caller may try again, no sooner than {@link #retryAfter()}
 * when the product said when.
 */
public class HostUnavailable extends RuntimeException {

    private final transient Duration retryAfter;

    public HostUnavailable(String message, Throwable cause) {
        this(message, cause, null);
    }

    public HostUnavailable(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

}
