package com.icr.web;

import java.time.Duration;
import java.util.Optional;

/** A failure that says when trying again makes sense: answered with {@code Retry-After}. */
public interface RetryLater {

    Optional<Duration> retryAfter();
}
