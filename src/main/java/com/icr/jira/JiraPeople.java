package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.AccountId;
import com.icr.core.HostUnavailable;
import com.icr.core.OverLimit;
import com.icr.privacy.AccountsUpdated;
import com.icr.privacy.Tombstone;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's people as its Jira tells: names, avatars and locales from Jira's bulk user
 * API ({@code GET /rest/api/3/user/bulk}, up to {@value #PER_CALL} accounts a call), each
 * person kept a few minutes in memory (cache {@code jira-people}, keyed by site and
 * account, sized and timed in application.yml), never in the database. An account Jira
 * does not return, or returns inactive and without a name, and a tombstone left by
 * erasure, is a former user. When Jira cannot answer, the people kept are answered and
 * the rest are unknown (no name, not former, not kept): a page still shows, with ids.
 */
@Service
public class JiraPeople implements People {

    /** The most accounts one bulk call asks about (Jira's {@code maxResults} limit). */
    static final int PER_CALL = 200;

    private static final Logger log = LoggerFactory.getLogger(JiraPeople.class);

    private final JiraRest rest;

    private final Cache people;

    JiraPeople(JiraRest rest, CacheManager caches) {
        this.rest = rest;
        this.people = caches.getCache("jira-people");
    }

    @Override
    public Map<AccountId, Person> of(TenantId site, java.util.Collection<AccountId> accounts) {
        Map<AccountId, Person> found = new LinkedHashMap<>();
        List<AccountId> unknown = new ArrayList<>();
        for (AccountId account : new LinkedHashSet<>(accounts)) {
            if (Tombstone.isTombstone(account.value())) {
                found.put(account, Person.former(account));
                continue;
            }
            Person kept = people.get(key(site, account), Person.class);
            if (kept != null) {
                found.put(account, kept);
            }
            else {
                unknown.add(account);
            }
        }
        if (!unknown.isEmpty()) {
            found.putAll(askJira(site, unknown));
        }
        Map<AccountId, Person> answer = new LinkedHashMap<>();
        for (AccountId account : accounts) {
            answer.put(account, found.get(account));
        }
        return answer;
    }

    private Map<AccountId, Person> askJira(TenantId site, List<AccountId> accounts) {
        Map<AccountId, Person> answered = new HashMap<>();
        Optional<JiraConnection> installed = rest.jiraOf(site);
        try {
            if (installed.isEmpty()) {
                throw new HostUnavailable(null, "host.jira-not-installed");
            }
            JiraConnection jira = installed.get();
            for (int from = 0; from < accounts.size(); from += PER_CALL) {
                List<AccountId> asked = accounts.subList(from, Math.min(accounts.size(), from + PER_CALL));
                UriComponentsBuilder url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/user/bulk")
                    .queryParam("maxResults", PER_CALL);
                asked.forEach(a -> url.queryParam("accountId", a.value()));
                JsonNode page = rest.getOrNull(site, jira, "read the names of " + asked.size() + " people",
                        url.build().toUriString());
                Map<String, Person> known = new HashMap<>();
                if (page != null) {
                    page.path("values")
                        .forEach(user -> personOf(user).ifPresent(p -> known.put(p.accountId().value(), p)));
                }
                for (AccountId account : asked) {
                    Person person = known.getOrDefault(account.value(), Person.former(account));
                    people.put(key(site, account), person);
                    answered.put(account, person);
                }
            }
        }
        catch (HostUnavailable | OverLimit e) {
            log.warn("Names of {} people of site {} could not be read from Jira; shown without names: {}",
                    accounts.size() - answered.size(), site.value(), e.getMessage());
            for (AccountId account : accounts) {
                answered.putIfAbsent(account, new Person(account, null, null, null, false));
            }
        }
        return answered;
    }

    /**
     * A user of Jira's answer; an inactive account without a name is gone (Atlassian's
     * answer for a closed account), a former user.
     */
    static Optional<Person> personOf(JsonNode user) {
        String id = user.path("accountId").asText("");
        if (id.isBlank()) {
            return Optional.empty();
        }
        AccountId account;
        try {
            account = new AccountId(id);
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String name = user.path("displayName").asText("").strip();
        boolean active = user.path("active").asBoolean(true);
        if (name.isEmpty()) {
            return Optional
                .of(active ? new Person(account, null, avatarOf(user), localeOf(user), false) : Person.former(account));
        }
        return Optional.of(new Person(account, name, avatarOf(user), localeOf(user), false));
    }

    static String avatarOf(JsonNode user) {
        JsonNode avatars = user.path("avatarUrls");
        for (String size : List.of("48x48", "32x32", "24x24", "16x16")) {
            String url = avatars.path(size).asText("");
            if (url.startsWith("https://") || url.startsWith("http://")) {
                return url;
            }
        }
        return null;
    }

    /** Jira's locale ({@code de_DE}) as a locale; none when it names none. */
    static Locale localeOf(JsonNode user) {
        String tag = user.path("locale").asText("").strip().replace('_', '-');
        if (tag.isEmpty()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage().isEmpty() ? null : locale;
    }

    private static String key(TenantId site, AccountId account) {
        return site.value() + "/" + account.value();
    }

    /**
     * Atlassian said these people changed: their names and avatars are read again.
     * Another node reads them when its entries expire.
     */
    @EventListener
    void forget(AccountsUpdated event) {
        for (String accountId : event.accountIds()) {
            people.evict(event.tenantId().value() + "/" + accountId);
        }
    }

}
