package com.icr.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The product's REST API did not answer, or asked us to slow down (429 with
 * {@code Retry-After}): the caller may try again, no sooner than {@link #retryAfter()}
 * when the product said when.
 */
public class HostUnavailable extends RuntimeException implements Explained {

    private final transient Duration retryAfter;

    private final String key;

    private final transient Object[] arguments;

    public HostUnavailable(Throwable cause, String key, Object... arguments) {
        this(cause, (Duration) null, key, arguments);
    }

    public HostUnavailable(Throwable cause, Duration retryAfter, String key, Object... arguments) {
        super(ErrorBundle.english(key, arguments), cause);
        this.retryAfter = retryAfter;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
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
