package com.icr.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The product's REST API did not answer, or asked us to slow down (429 with
 * {@code Retry-After}): the caller may try again, no sooner than {@link #retryAfter()}
 * when the product said when.
 */
public class HostUnavailable extends Refusal {

    private final transient Duration retryAfter;

    public HostUnavailable(Throwable cause, String key, Object... arguments) {
        this(cause, (Duration) null, key, arguments);
    }

    public HostUnavailable(Throwable cause, Duration retryAfter, String key, Object... arguments) {
        super("", cause, key, arguments);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

}
