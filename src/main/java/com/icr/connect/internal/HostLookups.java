package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.icr.tenant.InstallationChanged;
import com.icr.tenant.TenantId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every signed request and every call to a product looked up in the database: the
 * host of a client key (shared secret, installed or not; cache {@code connect-hosts}) and
 * a site's Jira host (cache {@code
 * connect-jira-hosts}), sized and timed in application.yml. This node forgets an entry
 * the moment the tenancy changes it ({@link InstallationChanged}), so on one node nothing
 * is stale. A change made by another node sharing the database is seen here once the
 * entry expires: a rotated secret is tried only after the kept one failed (a request's
 * signature, a product's 401: both look the host up again at once), so no webhook signed
 * with the new secret is refused.
 */
@Component
class HostLookups {

    /**
     * A site without a Jira is kept too (it asks again only after a while): the cache
     * takes no nulls.
     */
    private record JiraHost(AtlassianHost host) {
    }

    private final Cache hosts;

    private final Cache jira;

    HostLookups(CacheManager caches) {
        this.hosts = caches.getCache("connect-hosts");
        this.jira = caches.getCache("connect-jira-hosts");
    }

    /**
     * Unknown client keys are not kept (anyone can send a token with any issuer): only
     * the ones found.
     */
    Optional<AtlassianHost> host(String clientKey, Supplier<Optional<AtlassianHost>> lookup) {
        AtlassianHost kept = hosts.get(clientKey, AtlassianHost.class);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<AtlassianHost> found = lookup.get();
        found.ifPresent(host -> hosts.put(clientKey, host));
        return found;
    }

    /** A site's Jira host, or that it has none. */
    Optional<AtlassianHost> jiraOf(TenantId tenantId, Supplier<Optional<AtlassianHost>> lookup) {
        JiraHost kept = jira.get(tenantId, JiraHost.class);
        if (kept == null) {
            kept = new JiraHost(lookup.get().orElse(null));
            jira.put(tenantId, kept);
        }
        return Optional.ofNullable(kept.host());
    }

    /**
     * An installation changed: its host and every site's Jira host are looked up again.
     */
    @EventListener
    void forget(InstallationChanged changed) {
        forget(changed.clientKey());
    }

    void forget(String clientKey) {
        hosts.evict(clientKey);
        jira.clear();
    }

    /**
     * After a signature failed with the kept host: whether the stored shared secret
     * differs from the kept one (another node rotated it), so that verifying again could
     * succeed. Forgets the kept host either way.
     */
    boolean secretChanged(String clientKey, AtlassianHostRepository repository) {
        AtlassianHost kept = hosts.get(clientKey, AtlassianHost.class);
        if (kept == null) {
            return false; // the host was just read from the database
        }
        hosts.evict(clientKey);
        return repository.findById(clientKey)
            .map(stored -> !java.util.Objects.equals(stored.getSharedSecret(), kept.getSharedSecret()))
            .orElse(false);
    }

    void forgetJiraOf(TenantId tenantId) {
        jira.evict(tenantId);
    }

    /**
     * The repository as ACSB's JWT provider uses it: {@code findById} from here, anything
     * else from the database (it calls nothing else).
     */
    AtlassianHostRepository keeping(AtlassianHostRepository repository) {
        return (AtlassianHostRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { AtlassianHostRepository.class }, (proxy, method, args) -> {
                    if (method.getName().equals("findById") && args != null && args.length == 1
                            && args[0] instanceof String clientKey) {
                        return host(clientKey, () -> repository.findById(clientKey));
                    }
                    try {
                        return method.invoke(repository, args);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

}
