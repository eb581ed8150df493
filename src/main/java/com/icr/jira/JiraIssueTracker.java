package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.IssueTracker;
import com.icr.request.JqlVerdict;
import com.icr.request.RequestSummary;
import com.icr.satisfaction.Notice;
import com.icr.satisfaction.Notifier;
import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import com.icr.core.AccountId;
import com.icr.privacy.Tombstone;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import java.util.Objects;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The request module's issue tracker and the satisfaction module's notifier, on Jira's
 * REST API v3, as the app. When Jira answers 429 (or 503) with {@code Retry-After}, no
 * call goes to that site until the wait is over: callers get {@link HostUnavailable} with
 * the rest of the wait, which the intake turns into a later retry and the API into a 503.
 */
@Component
public class JiraIssueTracker implements IssueTracker, Notifier {

    private static final ObjectMapper ERROR_BODY = new ObjectMapper();

    private static final String FIELDS = "project,components,reporter,assignee,status,created,updated,resolutiondate";

    private final JiraRest rest;

    private final Clock clock;

    private final Cache missing;

    private final People people;

    private final MessageSource messages;

    JiraIssueTracker(JiraRest rest, Clock clock, CacheManager caches, People people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
        this.rest = rest;
        this.clock = clock;
        this.missing = caches.getCache("jira-missing-issues");
    }

    /**
     * The issue as Jira has it now; an issue Jira answered 404 for is kept missing a
     * minute (cache {@code jira-missing-issues}), so asking again costs no call.
     */
    @Override
    public Optional<IssueEvent> issue(TenantId tenantId, String issueId) {
        String key = tenantId.value() + "/" + issueId;
        if (missing.get(key, Boolean.class) != null) {
            return Optional.empty();
        }
        JiraConnection jira = rest.jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}")
            .queryParam("fields", FIELDS)
            .buildAndExpand(issueId)
            .toUriString();
        JsonNode issue = rest.getOrNull(tenantId, jira, "read issue " + issueId, url);
        if (issue == null) {
            missing.put(key, Boolean.TRUE);
            return Optional.empty();
        }
        IssueSnapshot snapshot = JiraIssueFormat.snapshotOf(issue);
        Instant updated = Optional
            .ofNullable(JiraIssueFormat.time("fields.updated", issue.path("fields").path("updated")))
            .orElse(clock.instant());
        return Optional.of(IssueEvent.changed(updated.toEpochMilli(),
                "fetched:" + issueId + ":" + updated.toEpochMilli(), snapshot));
    }

    @Override
    public List<String> watchersOf(TenantId tenantId, String issueId) {
        JiraConnection jira = rest.jira(tenantId);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/watchers")
            .buildAndExpand(issueId)
            .toUriString();
        JsonNode answer = rest.getOrNull(tenantId, jira, "read the watchers of issue " + issueId, url);
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
     * Jira's notify API: an email to these accounts about the issue, with a link to it.
     * Only the accounts named; the issue's reporter, assignee and watchers are not added
     * by Jira. Written in each recipient's language as Jira tells it ({@link People}: the
     * recipients and the people the notice names, in one bulk call), one email per
     * language; a recipient whose language is not known reads English, an erased account
     * is left out. A notice queued with its words written is sent as it is.
     */
    @Override
    public void send(TenantId tenantId, Notice notice) {
        Optional<JiraConnection> installed = rest.jiraOf(tenantId);
        if (installed.isEmpty()) {
            return;
        }
        JiraConnection jira = installed.get();
        if (notice.message() == null) {
            notify(tenantId, jira, notice, notice.to(), notice.in(messages, Notice.DEFAULT_LOCALE, Map.of()));
            return;
        }
        Set<AccountId> asked = new LinkedHashSet<>(notice.recipients());
        notice.peopleNamed().stream().filter(AccountId::isValid).map(AccountId::new).forEach(asked::add);
        Map<AccountId, Person> known = people.of(tenantId, asked);
        // readers whose locales write the notice alike (en_US and en, not en_GB's dates)
        // get one email
        Map<Locale, Notice.Written> byLocale = new HashMap<>();
        Map<Notice.Written, List<String>> readers = new LinkedHashMap<>();
        for (AccountId recipient : notice.recipients()) {
            Person person = known.get(recipient);
            if (Tombstone.isTombstone(recipient.value())) {
                continue; // an erased account: nobody Jira could email
            }
            Locale locale = person == null ? Notice.DEFAULT_LOCALE
                    : person.preferredLocale().orElse(Notice.DEFAULT_LOCALE);
            Notice.Written words = byLocale.computeIfAbsent(locale, l -> notice.in(messages, l, known));
            readers.computeIfAbsent(words, w -> new ArrayList<>()).add(recipient.value());
        }
        readers.forEach((words, to) -> notify(tenantId, jira, notice, to, words));
    }

    private void notify(TenantId tenantId, JiraConnection jira, Notice notice, List<String> to, Notice.Written words) {
        String link = jira.baseUrl() + "/browse/" + UriUtils
            .encodePathSegment(Objects.requireNonNullElse(notice.issueKey(), notice.issueId()), StandardCharsets.UTF_8);
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/notify")
            .buildAndExpand(notice.issueId())
            .toUriString();
        Map<String, Object> body = Map.of("subject", words.subject(), "textBody", words.text() + "\n\n" + link,
                "htmlBody",
                "<p>" + HtmlUtils.htmlEscape(words.text(), "UTF-8") + "</p><p><a href=\""
                        + HtmlUtils.htmlEscape(link, "UTF-8") + "\">" + HtmlUtils.htmlEscape(words.link(), "UTF-8")
                        + "</a></p>",
                "to", Map.of("reporter", false, "assignee", false, "watchers", false, "voters", false, "users",
                        to.stream().map(a -> Map.of("accountId", a)).toList()));
        rest.call(tenantId, jira, "notify about issue " + notice.issueId(), () -> {
            try {
                jira.asApp().postForLocation(url, body);
            }
            catch (HttpStatusCodeException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                    throw e; // a deleted issue: nobody to tell about it
                }
            }
            return null;
        });
    }

    @Override
    public void publish(TenantId tenantId, String issueId, RequestSummary summary) {
        Optional<JiraConnection> installed = rest.jiraOf(tenantId);
        if (installed.isEmpty()) {
            return; // Jira uninstalled: no issue to write to, no search to feed
        }
        JiraConnection jira = installed.get();
        String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/issue/{id}/properties/{key}")
            .buildAndExpand(issueId, RequestSummary.PROPERTY_KEY)
            .toUriString();
        rest.call(tenantId, jira, "write the property of issue " + issueId, () -> {
            try {
                jira.asApp().put(url, summary);
            }
            catch (HttpStatusCodeException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                    throw e; // a deleted issue takes its properties with it: nothing to
                             // write
                }
            }
            return null;
        });
    }

    /**
     * Jira's JQL match API for one issue and one query; a query Jira rejects (its errors
     * in the answer, or a 400) is a verdict with Jira's words, not an exception: the
     * caller reports it. Jira down or throttling throws as every call does.
     */
    @Override
    public JqlVerdict match(TenantId tenantId, String issueId, String jql) {
        long id;
        try {
            id = Long.parseLong(issueId);
        }
        catch (NumberFormatException e) {
            return JqlVerdict.matched(false); // no issue Jira could know
        }
        JiraConnection jira = rest.jira(tenantId);
        Map<String, Object> body = Map.of("jqls", List.of(jql), "issueIds", List.of(id));
        return rest.call(tenantId, jira, "match issue " + issueId + " against the policy's filter", () -> {
            try {
                JsonNode answer = jira.asApp()
                    .postForObject(jira.baseUrl() + "/rest/api/3/jql/match", body, JsonNode.class);
                JsonNode match = answer == null ? null : answer.path("matches").path(0);
                if (match == null || match.isMissingNode()) {
                    return JqlVerdict.rejected(List.of("Jira gave no answer for the query"));
                }
                List<String> errors = texts(match.path("errors"));
                if (!errors.isEmpty()) {
                    return JqlVerdict.rejected(errors);
                }
                for (JsonNode matched : match.path("matchedIssues")) {
                    if (matched.asLong() == id) {
                        return JqlVerdict.matched(true);
                    }
                }
                return JqlVerdict.matched(false);
            }
            catch (HttpStatusCodeException e) {
                if (e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                    return JqlVerdict.rejected(errorMessages(e));
                }
                throw e;
            }
        });
    }

    /** Jira's JQL parse API, strict validation: every error Jira finds in the query. */
    @Override
    public List<String> objectionsTo(TenantId tenantId, String jql) {
        JiraConnection jira = rest.jira(tenantId);
        String url = jira.baseUrl() + "/rest/api/3/jql/parse?validation=strict";
        Map<String, Object> body = Map.of("queries", List.of(jql));
        return rest.call(tenantId, jira, "validate the policy's filter", () -> {
            try {
                JsonNode answer = jira.asApp().postForObject(url, body, JsonNode.class);
                return answer == null ? List.<String>of() : texts(answer.path("queries").path(0).path("errors"));
            }
            catch (HttpStatusCodeException e) {
                if (e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                    return errorMessages(e);
                }
                throw e;
            }
        });
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<String> errorMessages(HttpStatusCodeException e) {
        try {
            List<String> messages = texts(ERROR_BODY.readTree(e.getResponseBodyAsString()).path("errorMessages"));
            return messages.isEmpty() ? List.of("Jira refused the query") : messages;
        }
        catch (java.io.IOException unreadable) {
            return List.of("Jira refused the query");
        }
    }

}
