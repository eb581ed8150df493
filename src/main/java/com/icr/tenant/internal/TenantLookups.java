package com.icr.tenant.internal;

import com.icr.tenant.TenantAccess;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The access of an installation, asked for every signed request: kept in the
 * {@code tenant-access} cache (its size and time in application.yml). This node forgets
 * an entry the moment it changes it ({@link com.icr.tenant.TenantManagement}: installed,
 * uninstalled, enabled, disabled, purged), so on one node nothing is stale. A change made
 * by another node sharing the database is seen here once the entry expires: until then a
 * site that uninstalled or disabled the app there still reaches it here.
 */
@Component
public class TenantLookups {

    private final Cache access;

    public TenantLookups(CacheManager caches) {
        this.access = caches.getCache("tenant-access");
    }

    /**
     * Unknown client keys are not kept (anyone can send a token with any issuer): only
     * the ones found.
     */
    public Optional<TenantAccess> access(String clientKey, Supplier<Optional<TenantAccess>> lookup) {
        TenantAccess kept = access.get(clientKey, TenantAccess.class);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<TenantAccess> found = lookup.get();
        found.ifPresent(value -> access.put(clientKey, value));
        return found;
    }

    public void forget(String clientKey) {
        access.evict(clientKey);
    }

    public void forgetAll() {
        access.clear();
    }

}
