package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.ProjectKey;
import com.icr.tenant.DirectoryEntry;
import com.icr.tenant.SiteDirectory;
import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pickers' searches, asked of the site's own Jira as the app: its user search (people
 * only, active), group picker, project search and a project's components. Each answer is
 * kept briefly per site and query (cache {@code jira-pickers}), so typing back and forth
 * costs no call; a site only ever reaches its own Jira.
 */
@Service
public class JiraDirectory implements SiteDirectory {

    private final JiraRest rest;

    private final UserQuota quota;

    private final Cache answers;

    JiraDirectory(JiraRest rest, UserQuota quota, CacheManager caches) {
        this.rest = rest;
        this.quota = quota;
        this.answers = caches.getCache("jira-pickers");
    }

    /**
     * Jira's user search needs a query; with none, its list of all users (apps among
     * them, which are left out like closed accounts).
     */
    @Override
    public List<DirectoryEntry> users(TenantId site, String query) {
        return kept(site, "users", query, jira -> {
            UriComponentsBuilder url = query.isEmpty()
                    ? UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/users/search")
                        .queryParam("maxResults", 100)
                    : UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/user/search")
                        .queryParam("query", "{query}")
                        .queryParam("maxResults", MAX_RESULTS);
            JsonNode answer = get(site, jira, "search its users", url, query);
            List<DirectoryEntry> people = new ArrayList<>();
            answer.forEach(user -> {
                if ("atlassian".equals(user.path("accountType").asText()) && user.path("active").asBoolean(false)
                        && people.size() < MAX_RESULTS) {
                    JiraPeople.personOf(user)
                        .filter(p -> p.displayName() != null)
                        .ifPresent(p -> people
                            .add(new DirectoryEntry(p.accountId().value(), p.displayName(), p.avatarUrl())));
                }
            });
            return people;
        });
    }

    @Override
    public List<DirectoryEntry> groups(TenantId site, String query) {
        return kept(site, "groups", query, jira -> {
            UriComponentsBuilder url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/groups/picker")
                .queryParam("query", "{query}")
                .queryParam("maxResults", MAX_RESULTS);
            List<DirectoryEntry> groups = new ArrayList<>();
            get(site, jira, "search its groups", url, query).path("groups").forEach(group -> {
                String name = group.path("name").asText("");
                if (!name.isEmpty() && groups.size() < MAX_RESULTS) {
                    groups.add(new DirectoryEntry(name, name, null));
                }
            });
            return groups;
        });
    }

    @Override
    public List<DirectoryEntry> projects(TenantId site, String query) {
        return kept(site, "projects", query, jira -> {
            UriComponentsBuilder url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/project/search")
                .queryParam("query", "{query}")
                .queryParam("maxResults", MAX_RESULTS);
            List<DirectoryEntry> projects = new ArrayList<>();
            get(site, jira, "search its projects", url, query).path("values").forEach(project -> {
                String key = project.path("key").asText("");
                if (ProjectKey.isValid(key) && projects.size() < MAX_RESULTS) {
                    projects
                        .add(new DirectoryEntry(key, project.path("name").asText(key), JiraPeople.avatarOf(project)));
                }
            });
            return projects;
        });
    }

    /** Jira lists all of a project's components; the query filters them here. */
    @Override
    public List<DirectoryEntry> components(TenantId site, ProjectKey project, String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        return kept(site, "components/" + project.value(), query, jira -> {
            String url = UriComponentsBuilder.fromHttpUrl(jira.baseUrl() + "/rest/api/3/project/{key}/components")
                .buildAndExpand(project.value())
                .toUriString();
            JsonNode answer = rest.getOrNull(site, jira, "list the components of project " + project.value(), url);
            List<DirectoryEntry> components = new ArrayList<>();
            if (answer != null) {
                answer.forEach(component -> {
                    String id = component.path("id").asText("");
                    String name = component.path("name").asText("");
                    if (!id.isEmpty() && name.toLowerCase(Locale.ROOT).contains(wanted)
                            && components.size() < MAX_RESULTS) {
                        components.add(new DirectoryEntry(id, name, null));
                    }
                });
            }
            return components;
        });
    }

    /** The query goes in as a URI variable: encoded once, whatever it holds. */
    private JsonNode get(TenantId site, JiraConnection jira, String what, UriComponentsBuilder url, String query) {
        String expanded = url.buildAndExpand(java.util.Map.of("query", query)).encode().toUriString();
        quota.charge(site);
        JsonNode answer = rest.call(site, jira, what,
                () -> jira.asApp().getForObject(java.net.URI.create(expanded), JsonNode.class));
        return answer == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : answer;
    }

    @SuppressWarnings("unchecked")
    private List<DirectoryEntry> kept(TenantId site, String kind, String query,
            Function<JiraConnection, List<DirectoryEntry>> search) {
        String key = site.value() + "/" + kind + "?" + query;
        List<DirectoryEntry> kept = answers.get(key, List.class);
        if (kept != null) {
            return kept;
        }
        List<DirectoryEntry> found = List.copyOf(search.apply(rest.jira(site)));
        answers.put(key, found);
        return found;
    }

}
