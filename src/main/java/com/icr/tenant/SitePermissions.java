package com.icr.tenant;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.AtlassianHostRestClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;

/**
 * Whether a user is a Jira administrator of the site, asked of the site's own Jira: its bulk permission
 * check, which a Connect app may call from its server for any user. Answers are kept a minute per user, so
 * a page of edits costs one call. Never called inside a transaction.
 */
@Service
public class SitePermissions {

    static final Duration CACHE_FOR = Duration.ofSeconds(60);
    private static final int MAX_CACHED = 10_000;

    private final Tenants tenants;
    private final AtlassianHostRepository hosts;
    private final AtlassianHostRestClients rest;
    private final Clock clock;
    private final Map<String, Answer> cache = new ConcurrentHashMap<>();
    private final Map<TenantId, Set<String>> localAdministrators = new ConcurrentHashMap<>();

    private record Answer(boolean administrator, Instant until) {
    }

    SitePermissions(Tenants tenants, AtlassianHostRepository hosts, AtlassianHostRestClients rest, Clock clock) {
        this.tenants = tenants;
        this.hosts = hosts;
        this.rest = rest;
        this.clock = clock;
    }

    /**
     * The preview's demo site has no Jira to ask: its administrators are set here, in process, by the
     * preview module only.
     */
    public void answerLocally(TenantId tenantId, Set<String> administrators) {
        localAdministrators.put(tenantId, Set.copyOf(administrators));
    }

    public boolean isAdministrator(Caller caller) {
        if (caller.accountId().isEmpty()) {
            return false;
        }
        String accountId = caller.accountId().get();
        Set<String> local = localAdministrators.get(caller.tenantId());
        if (local != null) {
            return local.contains(accountId);
        }
        String key = caller.tenantId().value() + "/" + accountId;
        Instant now = clock.instant();
        Answer cached = cache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.administrator();
        }
        boolean administrator = jiraOf(caller.tenantId()).map(jira -> askJira(jira, accountId)).orElse(false);
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Answer(administrator, now.plus(CACHE_FOR)));
        return administrator;
    }

    private Optional<AtlassianHost> jiraOf(TenantId tenantId) {
        return tenants.installedClientKeys(tenantId, Product.JIRA).stream()
                .map(hosts::findById).flatMap(Optional::stream).filter(AtlassianHost::isAddonInstalled).findFirst();
    }

    private boolean askJira(AtlassianHost jira, String accountId) {
        Map<String, Object> body = Map.of("accountId", accountId, "globalPermissions", List.of("ADMINISTER"));
        try {
            PermissionGrants grants = rest.authenticatedAsAddon(jira)
                    .postForObject(jira.getBaseUrl() + "/rest/api/3/permissions/check", body, PermissionGrants.class);
            return grants != null && grants.globalPermissions() != null && grants.globalPermissions().contains("ADMINISTER");
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND || e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                return false; // an account Jira does not know is no administrator
            }
            throw new HostUnavailable("Jira did not answer the permission check (" + e.getRawStatusCode() + "); try again shortly.", e);
        } catch (RestClientException e) {
            throw new HostUnavailable("Jira did not answer the permission check; try again shortly.", e);
        }
    }

    /** The part of Jira's BulkPermissionGrants we read. */
    record PermissionGrants(List<String> globalPermissions) {
    }
}
