package com.icr.jira;

import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * Jira's rate limit, honoured per site: once it answers 429 (or 503) with
 * {@code Retry-After}, no call from this node goes to that site until the wait is over.
 * Every caller of a product's REST API goes through it.
 */
@Component
public class HostBackoff {

    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final Clock clock;

    private final Map<TenantId, Instant> until = new ConcurrentHashMap<>();

    HostBackoff(Clock clock) {
        this.clock = clock;
    }

    /** Before a call: fails with the rest of the wait while the site's wait lasts. */
    public void check(TenantId tenantId) {
        Instant now = clock.instant();
        Instant waitUntil = until.get(tenantId);
        if (waitUntil != null && waitUntil.isAfter(now)) {
            throw new HostUnavailable(null, Duration.between(now, waitUntil), "host.jira-slow-down");
        }
    }

    /**
     * After a failed call: the failure to throw, with the wait Jira asked for (remembered
     * when it was a rate limit).
     */
    public HostUnavailable failure(TenantId tenantId, String what, HttpStatusCodeException e) {
        Optional<Duration> wait = RetryAfter.of(e);
        if (e.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS || e.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE) {
            Duration pause = wait.orElse(DEFAULT_WAIT);
            until.put(tenantId, clock.instant().plus(pause));
            return new HostUnavailable(e, pause, "host.jira-slow-down-to", e.getRawStatusCode(), what);
        }
        return new HostUnavailable(e, wait.orElse(null), "host.jira-did-not", e.getRawStatusCode(), what);
    }

}
