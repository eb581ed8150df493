package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.IssueTracker;
import com.icr.request.RequestSummary;
import com.icr.satisfaction.Notice;
import com.icr.satisfaction.Notifier;
import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The request module's issue tracker and the satisfaction module's notifier, on Jira's REST API v3, signed
 * as the app. Group memberships are kept ten minutes per account. When Jira answers 429 (or 503) with
 * {@code Retry-After}, no call goes to that site until the wait is over: callers get {@link HostUnavailable}
 * with the rest of the wait, which the intake turns into a later retry and the API into a 503.
 */
@Component
public class JiraIssueTracker implements IssueTracker, Notifier {

    static final Duration GROUPS_FOR = Duration.ofMinutes(10);
    private static final int MAX_CACHED = 50_000;
    private static final String FIELDS = "project,components,reporter,assignee,status,created,updated,resolutiondate";

    private final JiraConnections connections;
    private final HostBackoff backoff;
    private final Clock clock;
    private final Map<String, CachedGroups> groups = new ConcurrentHashMap<>();

    private record CachedGroups(List<String> names, Instant until) {
    }

    JiraIssueTracker(JiraConnections connections, HostBackoff backoff, Clock clock) {
        this.connections = connections;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public Optional<IssueEvent> issue(TenantId tenantId, String issueId) {
        JiraConnection jira = jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}").queryParam("fields", FIELDS)
                .buildAndExpand(issueId).toUriString();
        JsonNode issue = call(tenantId, jira, "read issue " + issueId, () -> getOrNull(jira, url));
        if (issue == null) {
            return Optional.empty();
        }
        IssueSnapshot snapshot = JiraIssueFormat.snapshotOf(issue);
        Instant updated = Optional.ofNullable(JiraIssueFormat.time("fields.updated", issue.path("fields").path("updated"))).orElse(clock.instant());
        return Optional.of(IssueEvent.changed(updated.toEpochMilli(), "fetched:" + issueId + ":" + updated.toEpochMilli(), snapshot));
    }

    @Override
    public List<String> groupsOf(TenantId tenantId, String accountId) {
        String key = tenantId.value() + "/" + accountId;
        Instant now = clock.instant();
        CachedGroups cached = groups.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.names();
        }
        JiraConnection jira = jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/user/groups").queryParam("accountId", accountId)
                .build().toUriString();
        // an account Jira no longer knows (404) belongs to no group
        JsonNode answer = call(tenantId, jira, "read the groups of " + accountId, () -> getOrNull(jira, url));
        List<String> names = new ArrayList<>();
        if (answer != null) {
            answer.forEach(g -> {
                if (g.hasNonNull("name")) {
                    names.add(g.get("name").asText());
                }
            });
        }
        if (groups.size() > MAX_CACHED) {
            groups.clear();
        }
        groups.put(key, new CachedGroups(List.copyOf(names), now.plus(GROUPS_FOR)));
        return List.copyOf(names);
    }

    @Override
    public List<String> watchersOf(TenantId tenantId, String issueId) {
        JiraConnection jira = jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/watchers").buildAndExpand(issueId).toUriString();
        JsonNode answer = call(tenantId, jira, "read the watchers of issue " + issueId, () -> getOrNull(jira, url));
        List<String> watchers = new ArrayList<>();
        if (answer != null) {
            answer.path("watchers").forEach(w -> {
                if (w.hasNonNull("accountId")) {
                    watchers.add(w.get("accountId").asText());
                }
            });
        }
        return watchers;
    }

    /**
     * Jira's notify API: an email to these accounts about the issue, with a link to it. Only the accounts
     * named; the issue's reporter, assignee and watchers are not added by Jira.
     */
    @Override
    public void send(TenantId tenantId, Notice notice) {
        Optional<JiraConnection> installed = connections.jiraOf(tenantId);
        if (installed.isEmpty()) {
            return;
        }
        JiraConnection jira = installed.get();
        String link = jira.baseUrl() + "/browse/" + UriUtils.encodePathSegment(Objects.requireNonNullElse(notice.issueKey(), notice.issueId()),
                StandardCharsets.UTF_8);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/notify").buildAndExpand(notice.issueId()).toUriString();
        Map<String, Object> body = Map.of(
                "subject", notice.subject(),
                "textBody", notice.text() + "\n\n" + link,
                "htmlBody", "<p>" + HtmlUtils.htmlEscape(notice.text()) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                        + HtmlUtils.htmlEscape("Open " + Objects.requireNonNullElse(notice.issueKey(), "the issue")) + "</a></p>",
                "to", Map.of("reporter", false, "assignee", false, "watchers", false, "voters", false,
                        "users", notice.to().stream().map(a -> Map.of("accountId", a)).toList()));
        call(tenantId, jira, "notify about issue " + notice.issueId(), () -> {
            try {
                jira.asApp().postForLocation(url, body);
            } catch (HttpStatusCodeException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                    throw e; // a deleted issue: nobody to tell about it
                }
            }
            return null;
        });
    }

    @Override
    public void publish(TenantId tenantId, String issueId, RequestSummary summary) {
        Optional<JiraConnection> installed = connections.jiraOf(tenantId);
        if (installed.isEmpty()) {
            return; // Jira uninstalled: no issue to write to, no search to feed
        }
        JiraConnection jira = installed.get();
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/properties/{key}")
                .buildAndExpand(issueId, RequestSummary.PROPERTY_KEY).toUriString();
        call(tenantId, jira, "write the property of issue " + issueId, () -> {
            try {
                jira.asApp().put(url, summary);
            } catch (HttpStatusCodeException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                    throw e; // a deleted issue takes its properties with it: nothing to write
                }
            }
            return null;
        });
    }

    /** A GET as the app; null when Jira answers 404 (an issue deleted, an account gone). */
    private JsonNode getOrNull(JiraConnection jira, String url) {
        try {
            return jira.asApp().getForObject(url, JsonNode.class);
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private JiraConnection jira(TenantId tenantId) {
        return connections.jiraOf(tenantId).orElseThrow(() -> new HostUnavailable("Jira is not installed on this site.", null));
    }

    private <T> T call(TenantId tenantId, JiraConnection jira, String what, Supplier<T> call) {
        backoff.check(tenantId);
        try {
            return call.get();
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                jira.refused(); // signed with a secret Jira no longer has: the retry reads the host again
            }
            throw backoff.failure(tenantId, what, e);
        } catch (RestClientException e) {
            throw new HostUnavailable("Jira did not answer to " + what + ".", e);
        }
    }
}
