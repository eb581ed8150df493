package com.icr.jira;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The wait a product asked for with {@code Retry-After} (seconds, or an HTTP date) on a
 * 429 or 503. Bounded, so that a broken header cannot park work for days.
 */
public final class RetryAfter {

    static final Duration MAX = Duration.ofMinutes(15);

    private RetryAfter() {
    }

    public static Optional<Duration> of(HttpStatusCodeException e) {
        HttpHeaders headers = e.getResponseHeaders();
        String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        return parse(value);
    }

    static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return Optional.of(bounded(Duration.ofSeconds(Math.max(0, seconds))));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(bounded(wait.isNegative() ? Duration.ZERO : wait));
            }
            catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration bounded(Duration wait) {
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }

}
