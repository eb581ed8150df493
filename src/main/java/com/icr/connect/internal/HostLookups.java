package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.icr.tenant.InstallationChanged;
import com.icr.tenant.TenantId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every signed request and every call to a product looked up in the database: the host of a client key
 * (shared secret, installed or not) and a site's Jira host. Kept {@link #FOR}. This node forgets an entry the
 * moment the tenancy changes it ({@link InstallationChanged}), so on one node nothing is stale. A change made
 * by another node sharing the database is seen here within {@link #FOR}: a rotated secret is tried only after
 * the kept one failed (a request's signature, a product's 401: both look the host up again at once), so no
 * webhook signed with the new secret is refused.
 */
@Component
class HostLookups {

    static final Duration FOR = Duration.ofSeconds(5);

    private record Kept<T>(T value, long until) {
    }

    private final Map<String, Kept<AtlassianHost>> hosts = new ConcurrentHashMap<>();
    private final Map<TenantId, Kept<Optional<AtlassianHost>>> jira = new ConcurrentHashMap<>();

    /** Unknown client keys are not kept (anyone can send a token with any issuer): only the ones found. */
    Optional<AtlassianHost> host(String clientKey, Supplier<Optional<AtlassianHost>> lookup) {
        long now = System.nanoTime();
        Kept<AtlassianHost> known = hosts.get(clientKey);
        if (known != null && known.until() - now > 0) {
            return Optional.of(known.value());
        }
        Optional<AtlassianHost> found = lookup.get();
        found.ifPresentOrElse(value -> hosts.put(clientKey, new Kept<>(value, now + FOR.toNanos())), () -> hosts.remove(clientKey));
        return found;
    }

    /** A site's Jira host, or that it has none (kept too: a site without Jira asks again only after a while). */
    Optional<AtlassianHost> jiraOf(TenantId tenantId, Supplier<Optional<AtlassianHost>> lookup) {
        long now = System.nanoTime();
        Kept<Optional<AtlassianHost>> known = jira.get(tenantId);
        if (known != null && known.until() - now > 0) {
            return known.value();
        }
        Optional<AtlassianHost> found = lookup.get();
        jira.put(tenantId, new Kept<>(found, now + FOR.toNanos()));
        return found;
    }

    /** An installation changed: its host and every site's Jira host are looked up again. */
    @EventListener
    void forget(InstallationChanged changed) {
        forget(changed.clientKey());
    }

    void forget(String clientKey) {
        hosts.remove(clientKey);
        jira.clear();
    }

    /** Whether a host was kept for this client key; forgets it. */
    boolean forgetHost(String clientKey) {
        return hosts.remove(clientKey) != null;
    }

    void forgetJiraOf(TenantId tenantId) {
        jira.remove(tenantId);
    }

    /**
     * The repository as ACSB's JWT provider uses it: {@code findById} from here, anything else from the
     * database (it calls nothing else).
     */
    AtlassianHostRepository keeping(AtlassianHostRepository repository) {
        return (AtlassianHostRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AtlassianHostRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findById") && args != null && args.length == 1 && args[0] instanceof String clientKey) {
                        return host(clientKey, () -> repository.findById(clientKey));
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
