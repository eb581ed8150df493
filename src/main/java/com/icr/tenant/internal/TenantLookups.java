package com.icr.tenant.internal;

import com.icr.tenant.TenantAccess;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The access of an installation, asked for every signed request: kept {@link #FOR}. This node forgets an
 * entry the moment it changes it ({@link TenantManagement}: installed, uninstalled, enabled, disabled, purged), so on
 * one node nothing is stale. A change made by another node sharing the database is seen here within
 * {@link #FOR}: until then a site that uninstalled or disabled the app there still reaches it here.
 */
@Component
public class TenantLookups {

    public static final Duration FOR = Duration.ofSeconds(5);

    private record Kept<T>(T value, long until) {
    }

    private final Map<String, Kept<TenantAccess>> access = new ConcurrentHashMap<>();

    /** Unknown client keys are not kept (anyone can send a token with any issuer): only the ones found. */
    public Optional<TenantAccess> access(String clientKey, Supplier<Optional<TenantAccess>> lookup) {
        long now = System.nanoTime();
        Kept<TenantAccess> known = access.get(clientKey);
        if (known != null && known.until() - now > 0) {
            return Optional.of(known.value());
        }
        Optional<TenantAccess> found = lookup.get();
        found.ifPresentOrElse(value -> access.put(clientKey, new Kept<>(value, now + FOR.toNanos())), () -> access.remove(clientKey));
        return found;
    }

    public void forget(String clientKey) {
        access.remove(clientKey);
    }

    public void forgetAll() {
        access.clear();
    }
}
