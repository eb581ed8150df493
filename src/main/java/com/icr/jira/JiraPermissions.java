package com.icr.jira;

import com.icr.core.HostUnavailable;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.IssueId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import com.icr.privacy.AccountsUpdated;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who a person is to the site, asked of the site's own Jira: whether they administer it
 * and what they may do with an issue (its bulk permission check, which the app may call
 * from its server for any user; kept a minute per user, refusals too, so a page of edits
 * costs one call, and a list of issues one call for all), and their groups (kept ten
 * minutes): caches {@code
 * jira-administrators}, {@code jira-issue-access} and {@code jira-groups}, sized and
 * timed in application.yml. Never called inside a transaction.
 */
@Service
public class JiraPermissions implements SitePermissions {

    /** The most issues one permission check asks about; Jira takes up to 1000. */
    static final int ISSUES_PER_CHECK = 1000;

    private final JiraRest rest;

    private final HostBackoff backoff;

    private final UserQuota quota;

    private final Cache administrators;

    private final Cache issueAccess;

    private final Cache groups;

    JiraPermissions(JiraRest rest, HostBackoff backoff, UserQuota quota, CacheManager caches) {
        this.rest = rest;
        this.backoff = backoff;
        this.quota = quota;
        this.administrators = caches.getCache("jira-administrators");
        this.issueAccess = caches.getCache("jira-issue-access");
        this.groups = caches.getCache("jira-groups");
    }

    @Override
    public boolean isAdministrator(Caller caller) {
        if (caller.accountId().isEmpty()) {
            return false;
        }
        String accountId = caller.accountId().get();
        String key = caller.tenantId().value() + "/" + accountId;
        Boolean cached = administrators.get(key, Boolean.class);
        if (cached != null) {
            return cached;
        }
        boolean administrator = jiraOf(caller.tenantId()).map(jira -> askJira(caller.tenantId(), jira, accountId))
            .orElse(false);
        administrators.put(key, administrator);
        return administrator;
    }

    /**
     * Whether the user administers Jira and may browse the issue. For the issue their
     * token names, Jira said so when it rendered the panel and signed the token: only the
     * administrator question, kept per person, may go to Jira. Any other issue costs one
     * bulk permission check, kept a minute per user and issue.
     */
    @Override
    public IssueAccess issueAccess(Caller caller, String issueId) {
        if (caller.accountId().isEmpty()) {
            return IssueAccess.NONE;
        }
        if (caller.openedOn(issueId)) {
            return new IssueAccess(isAdministrator(caller), true);
        }
        String accountId = caller.accountId().get();
        String key = caller.tenantId().value() + "/" + accountId + "/" + issueId;
        IssueAccess cached = issueAccess.get(key, IssueAccess.class);
        if (cached != null) {
            return cached;
        }
        IssueAccess access = jiraOf(caller.tenantId()).map(jira -> askJira(caller.tenantId(), jira, accountId, issueId))
            .orElse(IssueAccess.NONE);
        issueAccess.put(key, access);
        administrators.put(caller.tenantId().value() + "/" + accountId, access.administrator());
        return access;
    }

    private IssueAccess askJira(TenantId tenantId, JiraConnection jira, String accountId, String issueId) {
        Map<String, Object> body = Map.of("accountId", accountId, "globalPermissions", List.of("ADMINISTER"),
                "projectPermissions",
                List.of(Map.of("issues", List.of(Long.parseLong(issueId)), "permissions", List.of("BROWSE_PROJECTS"))));
        PermissionGrants grants = check(tenantId, jira, body);
        if (grants == null) {
            return IssueAccess.NONE;
        }
        boolean administrator = grants.globalPermissions() != null && grants.globalPermissions().contains("ADMINISTER");
        return new IssueAccess(administrator, grants.grants("BROWSE_PROJECTS", issueId));
    }

    /**
     * Of these issues, those the user may browse: the ones kept from an earlier answer (a
     * minute per user and issue, refusals too) cost nothing, the rest one bulk permission
     * check together (per {@value #ISSUES_PER_CHECK} issues), whose answer is kept issue
     * by issue. The issue the caller's token names is theirs without asking. Nothing for
     * a caller without a user.
     */
    @Override
    public Set<String> browsable(Caller caller, Collection<String> issueIds) {
        if (caller.accountId().isEmpty() || issueIds.isEmpty()) {
            return Set.of();
        }
        String accountId = caller.accountId().get();
        String prefix = caller.tenantId().value() + "/" + accountId + "/";
        Set<String> browsable = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String issueId : new LinkedHashSet<>(issueIds)) {
            if (issueId == null || !IssueId.isValid(issueId)) {
                continue;
            }
            IssueAccess cached = caller.openedOn(issueId) ? new IssueAccess(false, true)
                    : issueAccess.get(prefix + issueId, IssueAccess.class);
            if (cached == null) {
                unknown.add(issueId);
            }
            else if (cached.browse()) {
                browsable.add(issueId);
            }
        }
        if (unknown.isEmpty()) {
            return browsable;
        }
        Optional<JiraConnection> installed = jiraOf(caller.tenantId());
        if (installed.isEmpty()) {
            return browsable;
        }
        for (int from = 0; from < unknown.size(); from += ISSUES_PER_CHECK) {
            List<String> asked = unknown.subList(from, Math.min(unknown.size(), from + ISSUES_PER_CHECK));
            Map<String, Object> body = Map.of("accountId", accountId, "globalPermissions", List.of("ADMINISTER"),
                    "projectPermissions", List.of(Map.of("issues", asked.stream().map(Long::parseLong).toList(),
                            "permissions", List.of("BROWSE_PROJECTS"))));
            PermissionGrants grants = check(caller.tenantId(), installed.get(), body);
            boolean administrator = grants != null && grants.globalPermissions() != null
                    && grants.globalPermissions().contains("ADMINISTER");
            for (String issueId : asked) {
                boolean browse = grants != null && grants.grants("BROWSE_PROJECTS", issueId);
                issueAccess.put(prefix + issueId, new IssueAccess(administrator, browse));
                if (browse) {
                    browsable.add(issueId);
                }
            }
            administrators.put(caller.tenantId().value() + "/" + accountId, administrator);
        }
        return browsable;
    }

    /** The names of the groups an account belongs to, kept ten minutes per account. */
    @Override
    public List<String> groupsOf(TenantId tenantId, String accountId) {
        String key = tenantId.value() + "/" + accountId;
        @SuppressWarnings("unchecked")
        List<String> cached = groups.get(key, List.class);
        if (cached != null) {
            return cached;
        }
        JiraConnection jira = rest.jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/user/groups")
            .queryParam("accountId", accountId)
            .build()
            .toUriString();
        // an account Jira no longer knows (404) belongs to no group
        JsonNode answer = rest.getOrNull(tenantId, jira, "read the groups of " + accountId, url);
        List<String> names = new ArrayList<>();
        if (answer != null) {
            answer.forEach(g -> {
                if (g.hasNonNull("name")) {
                    names.add(g.get("name").asText());
                }
            });
        }
        groups.put(key, List.copyOf(names));
        return List.copyOf(names);
    }

    private Optional<JiraConnection> jiraOf(TenantId tenantId) {
        return rest.jiraOf(tenantId);
    }

    private boolean askJira(TenantId tenantId, JiraConnection jira, String accountId) {
        PermissionGrants grants = check(tenantId, jira,
                Map.of("accountId", accountId, "globalPermissions", List.of("ADMINISTER")));
        return grants != null && grants.globalPermissions() != null
                && grants.globalPermissions().contains("ADMINISTER");
    }

    /**
     * Jira's bulk permission check; null for an account Jira does not know (it has no
     * permissions).
     */
    private PermissionGrants check(TenantId tenantId, JiraConnection jira, Map<String, Object> body) {
        backoff.check(tenantId);
        quota.charge(tenantId);
        try {
            return jira.asApp()
                .postForObject(jira.baseUrl() + "/rest/api/3/permissions/check", body, PermissionGrants.class);
        }
        catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND || e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                return null;
            }
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                jira.refused(); // signed with a secret Jira no longer has: the next check
                                // reads the host again
            }
            throw backoff.failure(tenantId, "answer the permission check", e);
        }
        catch (RestClientException e) {
            throw new HostUnavailable(e, "host.permission-check");
        }
    }

    /** The part of Jira's BulkPermissionGrants we read. */
    record PermissionGrants(List<String> globalPermissions, List<ProjectGrant> projectPermissions) {

        boolean grants(String permission, String issueId) {
            return projectPermissions != null && projectPermissions.stream()
                .anyMatch(g -> permission.equals(g.permission()) && g.issues() != null
                        && g.issues().stream().anyMatch(id -> String.valueOf(id).equals(issueId)));
        }
    }

    record ProjectGrant(String permission, List<Long> issues, List<Long> projects) {
    }

    /**
     * Atlassian said these people changed: what this node keeps of them (administrator,
     * groups, issue access) is read again. Another node forgets it when its entries
     * expire.
     */
    @EventListener
    void forget(AccountsUpdated event) {
        for (String accountId : event.accountIds()) {
            String key = event.tenantId().value() + "/" + accountId;
            administrators.evict(key);
            groups.evict(key);
            if (issueAccess.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
                caffeine.asMap().keySet().removeIf(k -> String.valueOf(k).startsWith(key + "/"));
            }
            else {
                issueAccess.clear();
            }
        }
    }

}
