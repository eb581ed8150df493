package com.icr.tenant;

import java.time.Duration;
import java.util.Optional;
import com.icr.web.RetryLater;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The product's REST API did not answer, or asked us to slow down (429 with {@code Retry-After}): the caller
 * may try again, no sooner than {@link #retryAfter()} when the product said when.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class HostUnavailable extends RuntimeException implements RetryLater {

    private final transient Duration retryAfter;

    public HostUnavailable(String message, Throwable cause) {
        this(message, cause, null);
    }

    public HostUnavailable(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
