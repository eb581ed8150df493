package com.icr.jira;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.icr.core.OverLimit;
import com.icr.tenant.Caller;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Each person's share of their site's Jira: at most
 * {@code icr.jira.user-calls-per-minute} calls to Jira caused by one user's requests in a
 * minute (a window from their first call), so one person's burst cannot spend the site's
 * rate limit with Jira ({@link HostBackoff}) and bring 503s to everyone else. The call
 * over it is not made: that user's request gets {@link OverLimit} (429 with Retry-After,
 * naming it their limit); other people of the site go on. Who caused a call is the
 * {@link Caller} of the request being served; calls made off a request (the webhook
 * worker, jobs) are the app's own and not counted. With the caches of what Jira answered
 * (refusals and 404s kept like the rest), repeating a request costs no call.
 */
@Component
class UserQuota {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;

    private final Cache<String, Window> windows = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterWrite(WINDOW)
        .build();

    UserQuota(@Value("${icr.jira.user-calls-per-minute:120}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("icr.jira.user-calls-per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    private record Window(long startNanos, AtomicInteger calls) {
    }

    /**
     * Before a call to the site's Jira: counts it against the user whose request causes
     * it; over their limit, refuses it.
     */
    void charge(TenantId tenantId) {
        Optional<String> user = currentCaller().filter(c -> c.tenantId().equals(tenantId)).flatMap(Caller::accountId);
        if (user.isEmpty()) {
            return;
        }
        Window window = windows.get(tenantId.value() + "/" + user.get(),
                k -> new Window(System.nanoTime(), new AtomicInteger()));
        if (window.calls().incrementAndGet() > perMinute) {
            Duration left = WINDOW.minusNanos(System.nanoTime() - window.startNanos());
            throw new OverLimit(left.isNegative() ? Duration.ofSeconds(1) : left, "over-limit.jira-calls", perMinute);
        }
    }

    private static Optional<Caller> currentCaller() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable(request.getAttribute(Caller.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                    .filter(Caller.class::isInstance)
                    .map(Caller.class::cast);
    }

}
