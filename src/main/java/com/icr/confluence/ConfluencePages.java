package com.icr.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.HostUnavailable;
import com.icr.digest.DigestPages;
import com.icr.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The digest's pages in Confluence Cloud, through its REST API (v1:
 * {@code /rest/api/space}, {@code /rest/api/content},
 * {@code /rest/api/user/watch/content/{id}}), as the app, via the first front door that
 * reaches the site's Confluence. A page is updated in place (its version + 1), so
 * Confluence notifies its watchers. A rate limit (429, 503) or another 5xx is
 * {@link HostUnavailable} with the wait Confluence asked for; a space that is gone (404)
 * or closed to the app (403) is {@link DigestPages.Refused}. Neither the token nor the
 * page's body is logged.
 */
@Component
public class ConfluencePages implements DigestPages {

    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final List<ConfluenceConnections> doors;

    ConfluencePages(List<ConfluenceConnections> doors) {
        this.doors = List.copyOf(doors);
    }

    private ConfluenceConnections.Connection confluence(TenantId tenantId) {
        for (ConfluenceConnections door : doors) {
            Optional<ConfluenceConnections.Connection> found = door.confluenceOf(tenantId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new Refused("not-installed", null);
    }

    @Override
    public List<Space> spaces(TenantId tenantId) {
        ConfluenceConnections.Connection confluence = confluence(tenantId);
        List<Space> spaces = new ArrayList<>();
        int start = 0;
        for (int page = 0; page < 20; page++) {
            URI uri = uri(confluence, "/space", "start", String.valueOf(start), "limit", "100");
            JsonNode found = call(confluence, "list its spaces",
                    () -> confluence.asApp().getForObject(uri, JsonNode.class));
            JsonNode results = found == null ? null : found.path("results");
            if (results == null || !results.isArray() || results.isEmpty()) {
                break;
            }
            for (JsonNode space : results) {
                spaces.add(new Space(space.path("key").asText(), space.path("name").asText()));
            }
            if (found.path("_links").path("next").isMissingNode()) {
                break;
            }
            start += results.size();
        }
        spaces.sort(java.util.Comparator.comparing(s -> s.name().toLowerCase(java.util.Locale.ROOT)));
        return spaces;
    }

    @Override
    public Written write(TenantId tenantId, PageDraft draft) {
        ConfluenceConnections.Connection confluence = confluence(tenantId);
        URI space = uri(confluence, "/space/" + draft.spaceKey());
        call(confluence, "read the space", () -> confluence.asApp().getForObject(space, JsonNode.class));
        Optional<Existing> page = Optional.empty();
        if (draft.knownPageId() != null) {
            page = byId(confluence, draft.knownPageId());
        }
        if (page.isEmpty()) {
            page = byTitle(confluence, draft.spaceKey(), draft.title());
        }
        Written written;
        if (page.isPresent()) {
            int next = page.get().version() + 1;
            Map<String, Object> body = content(draft.spaceKey(), draft.title(), draft.storageBody(), null);
            body.put("id", page.get().id());
            body.put("version", Map.of("number", next));
            URI uri = uri(confluence, "/content/" + page.get().id());
            JsonNode updated = call(confluence, "update the digest page",
                    () -> confluence.asApp()
                        .exchange(uri, org.springframework.http.HttpMethod.PUT,
                                new org.springframework.http.HttpEntity<>(body), JsonNode.class)
                        .getBody());
            written = new Written(page.get().id(), versionOf(updated, next));
        }
        else {
            String parentId = parent(confluence, draft.spaceKey(), draft.parentTitle());
            Map<String, Object> body = content(draft.spaceKey(), draft.title(), draft.storageBody(), parentId);
            JsonNode created = call(confluence, "create the digest page",
                    () -> confluence.asApp().postForObject(uri(confluence, "/content"), body, JsonNode.class));
            written = new Written(created.path("id").asText(), versionOf(created, 1));
        }
        for (String accountId : draft.watchers()) {
            URI watch = uri(confluence, "/user/watch/content/" + written.pageId(), "accountId", accountId);
            call(confluence, "add a watcher", () -> confluence.asApp().postForEntity(watch, null, Void.class));
        }
        return written;
    }

    private record Existing(String id, int version) {
    }

    private Optional<Existing> byId(ConfluenceConnections.Connection confluence, String id) {
        URI uri = uri(confluence, "/content/" + id, "expand", "version");
        try {
            JsonNode found = call(confluence, "read the digest page",
                    () -> confluence.asApp().getForObject(uri, JsonNode.class));
            return Optional
                .of(new Existing(found.path("id").asText(id), found.path("version").path("number").asInt(1)));
        }
        catch (Refused e) {
            if ("space-missing".equals(e.reason())) {
                return Optional.empty(); // the page was deleted: written anew
            }
            throw e;
        }
    }

    private Optional<Existing> byTitle(ConfluenceConnections.Connection confluence, String spaceKey, String title) {
        URI uri = uri(confluence, "/content", "spaceKey", spaceKey, "title", title, "type", "page", "expand",
                "version");
        JsonNode found = call(confluence, "find the digest page",
                () -> confluence.asApp().getForObject(uri, JsonNode.class));
        JsonNode first = found == null ? null : found.path("results").path(0);
        if (first == null || first.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Existing(first.path("id").asText(), first.path("version").path("number").asInt(1)));
    }

    private String parent(ConfluenceConnections.Connection confluence, String spaceKey, String title) {
        Optional<Existing> found = byTitle(confluence, spaceKey, title);
        if (found.isPresent()) {
            return found.get().id();
        }
        Map<String, Object> body = content(spaceKey, title,
                "<p>Internal Customer Relationships keeps one page per relationship here: what changed, "
                        + "for its owners and executive sponsor.</p>",
                null);
        JsonNode created = call(confluence, "create the digest's parent page",
                () -> confluence.asApp().postForObject(uri(confluence, "/content"), body, JsonNode.class));
        return created.path("id").asText();
    }

    private static Map<String, Object> content(String spaceKey, String title, String storage, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "page");
        body.put("title", title);
        body.put("space", Map.of("key", spaceKey));
        if (parentId != null) {
            body.put("ancestors", List.of(Map.of("id", parentId)));
        }
        body.put("body", Map.of("storage", Map.of("value", storage, "representation", "storage")));
        return body;
    }

    private static int versionOf(JsonNode page, int fallback) {
        return page == null ? fallback : page.path("version").path("number").asInt(fallback);
    }

    private static URI uri(ConfluenceConnections.Connection confluence, String path, String... query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(confluence.restApi()).path(path);
        for (int i = 0; i + 1 < query.length; i += 2) {
            builder.queryParam(query[i], query[i + 1]);
        }
        return builder.encode().build().toUri();
    }

    private static <T> T call(ConfluenceConnections.Connection confluence, String what, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (HttpStatusCodeException e) {
            int status = e.getRawStatusCode();
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                confluence.refused();
                throw new HostUnavailable(e, "host.confluence-did-not", status, what);
            }
            if (status == 429 || status == 503) {
                throw new HostUnavailable(e, retryAfter(e).orElse(DEFAULT_WAIT), "host.confluence-slow-down-to", status,
                        what);
            }
            if (status >= 500) {
                throw new HostUnavailable(e, retryAfter(e).orElse(null), "host.confluence-did-not", status, what);
            }
            if (status == 404) {
                throw new Refused("space-missing", status);
            }
            if (status == 403) {
                throw new Refused("forbidden", status);
            }
            throw new Refused("rejected", status);
        }
        catch (RestClientException e) {
            throw new HostUnavailable(e, "host.confluence-no-answer", what);
        }
    }

    /** {@code Retry-After} in seconds (Confluence Cloud sends seconds). */
    private static Optional<Duration> retryAfter(HttpStatusCodeException e) {
        String value = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 3600)));
        }
        catch (NumberFormatException ignored) {
            return Optional.empty();
        }
    }

}
