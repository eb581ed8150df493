package com.icr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the REST API (v1) of Confluence Cloud sites, which cannot run here, and
 * behaves as documented. A site's Confluence lives at its Jira's site URL + {@code /wiki}
 * on {@link FakeJira}'s server (as on Atlassian's cloud, where the two share the site
 * URL), and, for a Forge app, under {@code <site>/ex/confluence/<cloudId>/wiki} (the
 * installation's {@code apiBaseUrl}). Every call must carry the app's JWT (HS256 with the
 * Confluence installation's shared secret, {@code iss} = app key, a {@code qsh} relative
 * to the {@code /wiki} base URL) or {@code Authorization: Bearer} with a system token
 * this Confluence issued; else 401. Implemented: {@code GET /rest/api/space}, {@code GET
 * /rest/api/space/{key}} (404 once the space is deleted),
 * {@code GET /rest/api/content?spaceKey=&title=} (the page of that title), {@code GET
 * /rest/api/content/{id}}, {@code POST /rest/api/content} (version 1; 400 for a title the
 * space has already), {@code PUT /rest/api/content/{id}} (the next version number, else
 * 409), {@code POST /rest/api/user/watch/content/{id}?accountId=} (204). A site can be
 * told to answer 429 with {@code Retry-After} for its next calls.
 */
public final class FakeConfluence {

    private static final FakeConfluence INSTANCE = new FakeConfluence();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    public static FakeConfluence get() {
        return INSTANCE;
    }

    /** A page as Confluence keeps it. */
    public record Page(String id, String spaceKey, String title, String parentId, int version, String body) {
    }

    public static final class Site {

        private volatile String sharedSecret;

        private final Set<String> bearerTokens = ConcurrentHashMap.newKeySet();

        private final Map<String, String> spaces = new ConcurrentHashMap<>();

        private final Map<String, Page> pages = new ConcurrentHashMap<>();

        private final Map<String, Set<String>> watchers = new ConcurrentHashMap<>();

        private final AtomicInteger ids = new AtomicInteger(1000);

        private final AtomicInteger throttled = new AtomicInteger();

        private final AtomicInteger pageWrites = new AtomicInteger();

        private final List<String> calls = new CopyOnWriteArrayList<>();

        /** Confluence learns the shared secret from the install the simulator sends. */
        public Site secret(String secret) {
            this.sharedSecret = secret;
            return this;
        }

        public String issueToken() {
            String token = "forge-confluence-" + java.util.UUID.randomUUID();
            bearerTokens.add(token);
            return token;
        }

        public Site space(String key, String name) {
            spaces.put(key, name);
            return this;
        }

        /** The space is deleted (with its pages): it answers 404 from now on. */
        public void deleteSpace(String key) {
            spaces.remove(key);
            pages.values().removeIf(p -> p.spaceKey().equals(key));
        }

        /** The next {@code count} calls answer 429 with {@code Retry-After: seconds}. */
        public void throttleNext(int count) {
            throttled.set(count);
        }

        /** The page of this title in the space, or null. */
        public Page page(String spaceKey, String title) {
            return pages.values()
                .stream()
                .filter(p -> p.spaceKey().equals(spaceKey) && p.title().equals(title))
                .findFirst()
                .orElse(null);
        }

        public List<Page> pages() {
            return new ArrayList<>(pages.values());
        }

        public Set<String> watchers(String pageId) {
            return Set.copyOf(watchers.getOrDefault(pageId, Set.of()));
        }

        /** How many page creations and updates Confluence accepted. */
        public int pageWrites() {
            return pageWrites.get();
        }

        public List<String> calls() {
            return List.copyOf(calls);
        }

    }

    /** The Confluence of the site a {@link FakeJira.Site} is. */
    public Site siteOf(FakeJira.Site jira) {
        String name = jira.baseUrl().substring(jira.baseUrl().lastIndexOf('/') + 1);
        return sites.computeIfAbsent(name, n -> new Site());
    }

    /**
     * Answers a call to a site's Confluence; false when the path is not Confluence's.
     */
    boolean handle(HttpExchange exchange, String siteName, String relative) throws IOException {
        String wikiRelative;
        if (relative.startsWith("/wiki/")) {
            wikiRelative = relative.substring("/wiki".length());
        }
        else if (relative.startsWith("/ex/confluence/") && relative.indexOf("/wiki/", 15) > 0) {
            wikiRelative = relative.substring(relative.indexOf("/wiki/", 15) + "/wiki".length());
        }
        else {
            return false;
        }
        Site site = sites.get(siteName);
        if (site == null) {
            send(exchange, 404, Map.of("message", "no Confluence on this site"));
            return true;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        if (!authorised(exchange, site, wikiRelative, relative.startsWith("/wiki/"))) {
            send(exchange, 401, Map.of("message", "Unauthorized"));
            return true;
        }
        site.calls.add(method + " " + wikiRelative + (query == null ? "" : "?" + query));
        if (site.throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 429, Map.of("message", "Rate limit exceeded"));
            return true;
        }
        Map<String, String> params = params(query);
        String[] path = wikiRelative.split("/");
        if (method.equals("GET") && wikiRelative.equals("/rest/api/space")) {
            List<Map<String, Object>> results = site.spaces.entrySet()
                .stream()
                .map(e -> Map.<String, Object>of("key", e.getKey(), "name", e.getValue(), "type", "global"))
                .toList();
            send(exchange, 200,
                    Map.of("results", results, "start", 0, "limit", 100, "size", results.size(), "_links", Map.of()));
        }
        else if (method.equals("GET") && path.length == 5 && wikiRelative.startsWith("/rest/api/space/")) {
            String name = site.spaces.get(path[4]);
            send(exchange, name == null ? 404 : 200, name == null ? Map.of("message", "No space with key : " + path[4])
                    : Map.of("key", path[4], "name", name));
        }
        else if (method.equals("GET") && wikiRelative.equals("/rest/api/content")) {
            String spaceKey = params.get("spaceKey");
            if (spaceKey == null || !site.spaces.containsKey(spaceKey)) {
                send(exchange, 404, Map.of("message", "No space with key : " + spaceKey));
                return true;
            }
            Page page = site.page(spaceKey, params.getOrDefault("title", ""));
            send(exchange, 200,
                    Map.of("results", page == null ? List.of() : List.of(json(page)), "size", page == null ? 0 : 1));
        }
        else if (method.equals("GET") && path.length == 5 && wikiRelative.startsWith("/rest/api/content/")) {
            Page page = site.pages.get(path[4]);
            send(exchange, page == null ? 404 : 200, page == null ? Map.of("message", "No content") : json(page));
        }
        else if (method.equals("POST") && wikiRelative.equals("/rest/api/content")) {
            Map<?, ?> body = JSON.readValue(exchange.getRequestBody(), Map.class);
            String spaceKey = String.valueOf(((Map<?, ?>) body.get("space")).get("key"));
            String title = String.valueOf(body.get("title"));
            if (!site.spaces.containsKey(spaceKey)) {
                send(exchange, 404, Map.of("message", "No space with key : " + spaceKey));
                return true;
            }
            if (site.page(spaceKey, title) != null) {
                send(exchange, 400, Map.of("message",
                        "A page with this title already exists: A page already exists with the same TITLE in this space"));
                return true;
            }
            List<?> ancestors = (List<?>) body.get("ancestors");
            String parent = ancestors == null || ancestors.isEmpty() ? null
                    : String.valueOf(((Map<?, ?>) ancestors.get(ancestors.size() - 1)).get("id"));
            Page page = new Page(String.valueOf(site.ids.incrementAndGet()), spaceKey, title, parent, 1, storage(body));
            site.pages.put(page.id(), page);
            site.pageWrites.incrementAndGet();
            send(exchange, 200, json(page));
        }
        else if (method.equals("PUT") && path.length == 5 && wikiRelative.startsWith("/rest/api/content/")) {
            Page page = site.pages.get(path[4]);
            Map<?, ?> body = JSON.readValue(exchange.getRequestBody(), Map.class);
            if (page == null) {
                send(exchange, 404, Map.of("message", "No content"));
                return true;
            }
            int version = ((Number) ((Map<?, ?>) body.get("version")).get("number")).intValue();
            if (version != page.version() + 1) {
                send(exchange, 409, Map.of("message",
                        "Version must be incremented on update. Current version is: " + page.version()));
                return true;
            }
            Page updated = new Page(page.id(), page.spaceKey(), String.valueOf(body.get("title")), page.parentId(),
                    version, storage(body));
            site.pages.put(page.id(), updated);
            site.pageWrites.incrementAndGet();
            send(exchange, 200, json(updated));
        }
        else if (method.equals("POST") && wikiRelative.startsWith("/rest/api/user/watch/content/")
                && path.length == 7) {
            if (!site.pages.containsKey(path[6]) || params.get("accountId") == null) {
                send(exchange, 404, Map.of("message", "No content"));
                return true;
            }
            site.watchers.computeIfAbsent(path[6], id -> new LinkedHashSet<>()).add(params.get("accountId"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }
        else {
            send(exchange, 404, Map.of("message", "not implemented by the stand-in: " + method + " " + wikiRelative));
        }
        return true;
    }

    private static String storage(Map<?, ?> body) {
        Map<?, ?> storage = (Map<?, ?>) ((Map<?, ?>) body.get("body")).get("storage");
        return String.valueOf(storage.get("value"));
    }

    private static Map<String, Object> json(Page page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", page.id());
        json.put("type", "page");
        json.put("status", "current");
        json.put("title", page.title());
        json.put("space", Map.of("key", page.spaceKey()));
        json.put("version", Map.of("number", page.version()));
        return json;
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static boolean authorised(HttpExchange exchange, Site site, String wikiRelative, boolean connect) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return site.bearerTokens.contains(header.substring(7)); // a Forge app's token
        }
        if (!connect || header == null || !header.startsWith("JWT ") || site.sharedSecret == null) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(header.substring(4));
            if (!jwt.verify(new MACVerifier(site.sharedSecret.getBytes(StandardCharsets.UTF_8)))) {
                return false;
            }
            String query = exchange.getRequestURI().getRawQuery();
            String expected = Qsh.of(exchange.getRequestMethod(), wikiRelative + (query == null ? "" : "?" + query));
            return HostSimulator.APP_KEY.equals(jwt.getJWTClaimsSet().getIssuer())
                    && expected.equals(jwt.getJWTClaimsSet().getClaim("qsh"))
                    && jwt.getJWTClaimsSet().getExpirationTime().getTime() > System.currentTimeMillis();
        }
        catch (Exception e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
