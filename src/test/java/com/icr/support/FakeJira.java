package com.icr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the REST API of Jira sites, which cannot run here, and behaves as
 * documented: every call must carry the app's JWT (HS256 with the site's shared secret,
 * {@code iss} = app key, a {@code qsh} of the request relative to the site's base URL),
 * or, for a Forge app (Forge Remote), {@code Authorization: Bearer} with a system token
 * the site issued ({@link Site#issueToken}); else 401. Implemented, as documented for
 * REST API v3: {@code POST /rest/api/3/permissions/check} (global ADMINISTER;
 * BROWSE_PROJECTS per issue), {@code GET /rest/api/3/issue/{id}},
 * {@code GET /rest/api/3/user/groups?accountId=}, and {@code PUT/GET
 * /rest/api/3/issue/{id}/properties/{key}}, {@code GET /rest/api/3/issue/{id}/watchers}
 * and {@code POST /rest/api/3/issue/{id}/notify} (204; 400 without recipients, as Jira
 * answers); its people, groups and projects ({@link Site#user}, {@link Site#groupNames},
 * {@link Site#project}) through {@code GET /rest/api/3/user/bulk} (paged, unknown ids
 * left out), {@code /user/search}, {@code /users/search}, {@code /groups/picker},
 * {@code /project/search} and {@code /project/{key}/components}, each call counted; the
 * JQL match and parse APIs ({@code POST /rest/api/3/jql/match}, {@code /jql/parse}) over
 * a part of JQL ({@link FakeJql}), ({@link Site#bulkUserCalls}, {@link Site#searches}). A
 * site can be told to answer 429 with {@code Retry-After} for its next calls. Each site
 * lives under its own path: {@code http://127.0.0.1:port/<site>}.
 */
public final class FakeJira {

    private static FakeJira instance;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    public static final class Site {

        private final String baseUrl;

        private volatile String sharedSecret;

        private final Set<String> administrators = ConcurrentHashMap.newKeySet();

        private final AtomicInteger permissionChecks = new AtomicInteger();

        private volatile int failWith;

        private final Map<String, Map<String, Object>> issues = new ConcurrentHashMap<>();

        private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

        private final Map<String, Object> properties = new ConcurrentHashMap<>();

        private final AtomicInteger jqlCalls = new AtomicInteger();

        private final Set<String> cannotBrowse = ConcurrentHashMap.newKeySet();

        private final Set<String> cannotBrowseIssue = ConcurrentHashMap.newKeySet();

        private final Map<String, AtomicInteger> permissionChecksBy = new ConcurrentHashMap<>();

        private final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

        private final AtomicInteger throttled = new AtomicInteger();

        private volatile int retryAfterSeconds = 1;

        private final Map<String, List<String>> watchers = new ConcurrentHashMap<>();

        private final List<Notification> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();

        private volatile long latencyMillis;

        /** Accounts the personal data reporting API answers as closed, or as updated. */
        private final Set<String> closedAccounts = ConcurrentHashMap.newKeySet();

        private final Set<String> updatedAccounts = ConcurrentHashMap.newKeySet();

        /** The Cycle-Period the reporting API answers with, in hours (0: none). */
        private volatile int cyclePeriodHours;

        /** Every report the app made: the account ids of each call, in order. */
        private final List<List<String>> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** Reports answered before the reporting API fails with 503 (negative: never). */
        private final AtomicInteger reportsBeforeFailure = new AtomicInteger(-1);

        /** The Forge app's system tokens this site issued and still accepts. */
        private final Set<String> bearerTokens = ConcurrentHashMap.newKeySet();

        /**
         * The app's licence Jira reports ({@code license} of the app's own addons
         * resource); null: none, as for a free or development install.
         */
        private volatile Map<String, Object> licence;

        private final AtomicInteger licenceChecks = new AtomicInteger();

        /** The site's users, as Jira's user APIs answer them, by account id. */
        private final Map<String, User> users = new ConcurrentHashMap<>();

        /** Groups the group picker knows besides the groups of {@link #groups}. */
        private final Set<String> groupNames = ConcurrentHashMap.newKeySet();

        /** Projects by key: name; and their components. */
        private final Map<String, String> projects = new ConcurrentHashMap<>();

        private final Map<String, List<Map<String, String>>> components = new ConcurrentHashMap<>();

        private final AtomicInteger bulkUserCalls = new AtomicInteger();

        private final AtomicInteger searches = new AtomicInteger();

        private Site(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * Jira knows this person, active, in this locale (a Java tag such as de_DE; null:
         * none).
         */
        public Site user(String accountId, String displayName, String locale) {
            users.put(accountId, new User(accountId, displayName, locale, true, "atlassian"));
            return this;
        }

        /**
         * Jira knows this account but it is inactive; {@code displayName} null: without a
         * name, as Jira answers for a closed account.
         */
        public Site inactiveUser(String accountId, String displayName) {
            users.put(accountId, new User(accountId, displayName == null ? "" : displayName, null, false, "atlassian"));
            return this;
        }

        /** An app's account (accountType app): Jira's user search finds it too. */
        public Site appUser(String accountId, String displayName) {
            users.put(accountId, new User(accountId, displayName, null, true, "app"));
            return this;
        }

        /** Jira forgets the account: the bulk API leaves it out. */
        public Site removeUser(String accountId) {
            users.remove(accountId);
            return this;
        }

        /** The site has these groups (the group picker finds them). */
        public Site groupNames(String... names) {
            groupNames.addAll(List.of(names));
            return this;
        }

        /** The site has this project, with these components (id=name pairs in order). */
        public Site project(String key, String name, String... componentIdsAndNames) {
            projects.put(key, name);
            List<Map<String, String>> list = new ArrayList<>();
            for (int i = 0; i + 1 < componentIdsAndNames.length; i += 2) {
                list.add(Map.of("id", componentIdsAndNames[i], "name", componentIdsAndNames[i + 1]));
            }
            components.put(key, list);
            return this;
        }

        /** How many calls the app made to the bulk user API. */
        /** Calls to the JQL match and parse APIs. */
        public int jqlCalls() {
            return jqlCalls.get();
        }

        public int bulkUserCalls() {
            return bulkUserCalls.get();
        }

        /**
         * How many calls the app made to the user, group and project searches and
         * component lists.
         */
        public int searches() {
            return searches.get();
        }

        /** The licence Jira reports for the app from now on. */
        public Site licence(boolean active, boolean evaluation) {
            this.licence = Map.of("active", active, "type", "commercial", "evaluation", evaluation,
                    "supportEntitlementNumber", "SEN-" + Math.abs(baseUrl.hashCode()));
            return this;
        }

        /** How often the app asked Jira for its licence. */
        public int licenceChecks() {
            return licenceChecks.get();
        }

        public String baseUrl() {
            return baseUrl;
        }

        /**
         * A new system token for the Forge app, as Forge hands one to a trigger: this
         * site's API accepts it as the app (until {@link #revoke}).
         */
        public String issueToken() {
            String token = "forge-system-" + UUID.randomUUID();
            bearerTokens.add(token);
            return token;
        }

        public void revoke(String token) {
            bearerTokens.remove(token);
        }

        public Site administrators(String... accountIds) {
            administrators.addAll(List.of(accountIds));
            return this;
        }

        /** Jira learns the shared secret from the install the simulator sends. */
        public Site secret(String secret) {
            this.sharedSecret = secret;
            return this;
        }

        /** The personal data reporting API answers these accounts as closed. */
        public Site closedAccounts(String... accountIds) {
            closedAccounts.addAll(List.of(accountIds));
            return this;
        }

        /** The personal data reporting API answers these accounts as updated. */
        public Site updatedAccounts(String... accountIds) {
            updatedAccounts.addAll(List.of(accountIds));
            return this;
        }

        /** The reporting API answers with this Cycle-Period (hours). */
        public Site cyclePeriodHours(int hours) {
            this.cyclePeriodHours = hours;
            return this;
        }

        /** The account ids of every report the app made, a list per call. */
        public List<List<String>> reports() {
            return List.copyOf(reports);
        }

        /**
         * The reporting API answers {@code calls} more reports, then 503 until told
         * again.
         */
        public void failReportsAfter(int calls) {
            reportsBeforeFailure.set(calls);
        }

        public int permissionChecks() {
            return permissionChecks.get();
        }

        /** The permission checks the app made about this account. */
        public int permissionChecksBy(String accountId) {
            AtomicInteger count = permissionChecksBy.get(accountId);
            return count == null ? 0 : count.get();
        }

        /**
         * Jira has this issue (REST v3 JSON, see {@link JiraIssueJson}); everyone may
         * browse and edit it by default.
         */
        public Site issue(JiraIssueJson issue) {
            issues.put(issue.id, issue.json());
            return this;
        }

        public Site removeIssue(String issueId) {
            issues.remove(issueId);
            return this;
        }

        public Site groups(String accountId, String... names) {
            groups.put(accountId, List.of(names));
            return this;
        }

        /** This account may not browse (nor edit) any issue of the site. */
        public Site cannotBrowse(String accountId) {
            cannotBrowse.add(accountId);
            return this;
        }

        /** This account may not browse (nor edit) this one issue; others as usual. */
        public Site cannotBrowse(String accountId, String issueId) {
            cannotBrowseIssue.add(accountId + "/" + issueId);
            return this;
        }

        public Site watchers(String issueId, String... accountIds) {
            watchers.put(issueId, List.of(accountIds));
            return this;
        }

        /** The emails Jira's notify API accepted, in order. */
        public List<Notification> notifications() {
            return List.copyOf(notifications);
        }

        /**
         * The value of an issue's entity property, as Jira stores it; null when never
         * written.
         */
        @SuppressWarnings("unchecked")
        public Map<String, Object> property(String issueId, String key) {
            return (Map<String, Object>) properties.get(issueId + "/" + key);
        }

        /** Every call the app made, as "METHOD /path?query", in order. */
        public List<String> calls() {
            return List.copyOf(calls);
        }

        public void clearCalls() {
            calls.clear();
        }

        /**
         * The next {@code count} calls answer 429 with {@code Retry-After: seconds}, as
         * Jira's rate limiter does.
         */
        public void throttleNext(int count, int seconds) {
            retryAfterSeconds = seconds;
            throttled.set(count);
        }

        /**
         * Every call takes this long before it is answered, as a real Jira's round trip
         * does (benchmarks).
         */
        public Site latency(java.time.Duration latency) {
            this.latencyMillis = latency.toMillis();
            return this;
        }

        /** Answer every call with this status (429, 503...) until set back to 0. */
        public void failWith(int status) {
            this.failWith = status;
        }

    }

    /** A user of a site, as Jira's user APIs describe one. */
    record User(String accountId, String displayName, String locale, boolean active, String accountType) {

        Map<String, Object> json(String baseUrl) {
            Map<String, Object> user = new java.util.LinkedHashMap<>();
            user.put("self", baseUrl + "/rest/api/3/user?accountId=" + accountId);
            user.put("accountId", accountId);
            user.put("accountType", accountType);
            user.put("displayName", displayName);
            user.put("active", active);
            user.put("avatarUrls",
                    Map.of("48x48", avatarUrl(baseUrl, accountId, 48), "24x24", avatarUrl(baseUrl, accountId, 24)));
            if (locale != null) {
                user.put("locale", locale);
            }
            return user;
        }
    }

    /**
     * An avatar as Atlassian's avatar service serves one: an image on an origin of its
     * own (here the stand-in's root, outside any site), public.
     */
    static String avatarUrl(String siteBaseUrl, String id, int size) {
        String origin = siteBaseUrl.substring(0, siteBaseUrl.indexOf('/', "http://".length()));
        return origin + "/avatars/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + "/" + size + ".svg";
    }

    private static void avatar(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        String id = java.net.URLDecoder.decode(parts.length > 2 ? parts[2] : "?", StandardCharsets.UTF_8);
        String initial = id.replaceAll("^.*[:-]", "").isEmpty() ? "?"
                : id.replaceAll("^.*[:-]", "").substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        int hue = Math.floorMod(id.hashCode(), 360);
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><circle cx=\"24\" cy=\"24\" r=\"24\" "
                + "fill=\"hsl(" + hue
                + ",55%,40%)\"/><text x=\"24\" y=\"31\" font-family=\"sans-serif\" font-size=\"22\" "
                + "text-anchor=\"middle\" fill=\"#fff\">" + initial + "</text></svg>")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "image/svg+xml");
        exchange.sendResponseHeaders(200, svg.length);
        try (java.io.OutputStream out = exchange.getResponseBody()) {
            out.write(svg);
        }
    }

    /**
     * One accepted {@code POST .../notify}: the issue, and what the email says to whom.
     */
    public record Notification(String issueId, String subject, String textBody, String htmlBody, List<String> users) {
    }

    private FakeJira() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // Calls are answered in parallel, as Jira does: the JDK's default answers one at
        // a time on its dispatcher.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-jira");
            t.setDaemon(true);
            return t;
        }));
        StandInServers.startInBackground(server);
    }

    public static synchronized FakeJira get() {
        if (instance == null) {
            try {
                instance = new FakeJira();
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public Site newSite() {
        String name = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Site site = new Site("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
        sites.put(name, site);
        return site;
    }

    /**
     * Where api.atlassian.com's personal data reporting API is for the Forge door
     * ({@code icr.forge.api-url}): {@code /app/report-accounts/} here finds its site by
     * the system token.
     */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/avatars/") && exchange.getRequestMethod().equals("GET")) {
            avatar(exchange, path);
            return;
        }
        if (path.equals("/app/report-accounts/")) {
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            Site bearerOf = header == null || !header.startsWith("Bearer ") ? null
                    : sites.values()
                        .stream()
                        .filter(s -> s.bearerTokens.contains(header.substring(7)))
                        .findFirst()
                        .orElse(null);
            if (bearerOf == null || !exchange.getRequestMethod().equals("POST")) {
                send(exchange, 401, Map.of("message", "no app system token"));
                return;
            }
            bearerOf.calls.add("POST /app/report-accounts/ (api.atlassian.com)");
            reportAccounts(exchange, bearerOf);
            return;
        }
        String[] parts = path.split("/", 3);
        if (parts.length > 2 && FakeConfluence.get().handle(exchange, parts[1], "/" + parts[2])) {
            return; // the site's Confluence
        }
        Site site = parts.length > 2 ? sites.get(parts[1]) : null;
        if (site == null) {
            send(exchange, 404, Map.of("errorMessages", List.of("no such site")));
            return;
        }
        String relative = "/" + parts[2];
        if (!authorised(exchange, site, relative)) {
            send(exchange, 401, Map.of("errorMessages", List.of("JWT missing or invalid")));
            return;
        }
        if (exchange.getRequestMethod().equals("GET")
                && relative.equals("/rest/atlassian-connect/1/addons/internal-customer-relationships")) {
            // outside calls(): tests that count the app's other calls to Jira are not
            // about licensing
            site.licenceChecks.incrementAndGet();
            Map<String, Object> app = new java.util.LinkedHashMap<>(
                    Map.of("key", "internal-customer-relationships", "version", "1.0.0", "state", "ENABLED"));
            if (site.licence != null) {
                app.put("license", site.licence);
            }
            send(exchange, 200, app);
            return;
        }
        if (site.latencyMillis > 0) {
            try {
                Thread.sleep(site.latencyMillis);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String query = exchange.getRequestURI().getRawQuery();
        site.calls.add(exchange.getRequestMethod() + " " + relative + (query == null ? "" : "?" + query));
        if (site.failWith != 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, site.failWith, Map.of("errorMessages", List.of("failing on purpose")));
            return;
        }
        if (site.throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(site.retryAfterSeconds));
            send(exchange, 429, Map.of("errorMessages", List.of("Rate limit exceeded.")));
            return;
        }
        String method = exchange.getRequestMethod();
        java.util.regex.Matcher issue = ISSUE.matcher(relative);
        java.util.regex.Matcher property = PROPERTY.matcher(relative);
        if (method.equals("POST") && relative.equals("/app/report-accounts/")) {
            reportAccounts(exchange, site);
        }
        else if (method.equals("POST") && relative.equals("/rest/api/3/permissions/check")) {
            site.permissionChecks.incrementAndGet();
            Map<?, ?> asked = JSON.readValue(exchange.getRequestBody(), Map.class);
            site.permissionChecksBy.computeIfAbsent(String.valueOf(asked.get("accountId")), a -> new AtomicInteger())
                .incrementAndGet();
            send(exchange, 200, permissions(site, asked));
        }
        else if (method.equals("GET") && issue.matches()) {
            Map<String, Object> found = site.issues.get(issue.group(1));
            send(exchange, found == null ? 404 : 200, found == null
                    ? Map.of("errorMessages", List.of("Issue does not exist or you do not have permission to see it."))
                    : found);
        }
        else if (method.equals("GET") && WATCHERS.matcher(relative).matches()) {
            String issueId = relative.split("/")[5];
            List<String> watching = site.watchers.getOrDefault(issueId, List.of());
            send(exchange, site.issues.containsKey(issueId) ? 200 : 404,
                    Map.of("isWatching", false, "watchCount", watching.size(), "watchers",
                            watching.stream().map(a -> Map.of("accountId", a, "active", true)).toList()));
        }
        else if (method.equals("POST") && relative.equals("/rest/api/3/jql/match")) {
            site.jqlCalls.incrementAndGet();
            Map<?, ?> asked = JSON.readValue(exchange.getRequestBody(), Map.class);
            List<Map<String, Object>> matches = new ArrayList<>();
            for (Object jql : (List<?>) asked.get("jqls")) {
                List<String> errors = FakeJql.errors(String.valueOf(jql));
                List<Object> matched = errors.isEmpty() ? ((List<?>) asked.get("issueIds")).stream()
                    .filter(id -> site.issues.containsKey(String.valueOf(id))
                            && FakeJql.matches(String.valueOf(jql), site.issues.get(String.valueOf(id))))
                    .map(id -> (Object) id)
                    .toList() : List.of();
                matches.add(Map.of("matchedIssues", matched, "errors", errors));
            }
            send(exchange, 200, Map.of("matches", matches));
        }
        else if (method.equals("POST") && relative.equals("/rest/api/3/jql/parse")) {
            site.jqlCalls.incrementAndGet();
            Map<?, ?> asked = JSON.readValue(exchange.getRequestBody(), Map.class);
            send(exchange, 200,
                    Map.of("queries", ((List<?>) asked.get("queries")).stream()
                        .map(q -> Map.of("query", String.valueOf(q), "errors", FakeJql.errors(String.valueOf(q))))
                        .toList()));
        }
        else if (method.equals("POST") && NOTIFY.matcher(relative).matches()) {
            notify(exchange, site, relative.split("/")[5]);
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/user/bulk")) {
            site.bulkUserCalls.incrementAndGet();
            bulkUsers(exchange, site, Query.of(query));
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/user/search")) {
            site.searches.incrementAndGet();
            searchUsers(exchange, site, Query.of(query));
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/users/search")) {
            site.searches.incrementAndGet();
            Query asked = Query.of(query);
            List<Map<String, Object>> all = site.users.values()
                .stream()
                .sorted(java.util.Comparator.comparing(User::displayName))
                .map(u -> u.json(site.baseUrl))
                .toList();
            // Jira's "get all users": a plain list, paged by startAt and maxResults
            // (default 50)
            int startAt = asked.integer("startAt", 0);
            send(exchange, 200, all.subList(Math.min(startAt, all.size()),
                    Math.min(all.size(), startAt + asked.integer("maxResults", 50))));
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/groups/picker")) {
            site.searches.incrementAndGet();
            pickGroups(exchange, site, Query.of(query));
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/project/search")) {
            site.searches.incrementAndGet();
            searchProjects(exchange, site, Query.of(query));
        }
        else if (method.equals("GET") && COMPONENTS.matcher(relative).matches()) {
            site.searches.incrementAndGet();
            String key = relative.split("/")[5];
            List<Map<String, String>> list = site.components.get(key);
            if (list == null) {
                send(exchange, 404,
                        Map.of("errorMessages", List.of("No project could be found with key '" + key + "'.")));
            }
            else {
                send(exchange, 200,
                        list.stream()
                            .map(c -> Map.of("self", site.baseUrl + "/rest/api/3/component/" + c.get("id"), "id",
                                    c.get("id"), "name", c.get("name"), "project", key))
                            .toList());
            }
        }
        else if (method.equals("GET") && relative.equals("/rest/api/3/user/groups")) {
            String accountId = query == null ? "" : java.net.URLDecoder
                .decode(query.replaceFirst("^.*accountId=([^&]*).*$", "$1"), StandardCharsets.UTF_8);
            List<String> names = site.groups.getOrDefault(accountId, List.of());
            send(exchange, 200,
                    names.stream().map(n -> Map.of("name", n, "groupId", "g-" + Math.abs(n.hashCode()))).toList());
        }
        else if (property.matches() && (method.equals("PUT") || method.equals("GET"))) {
            if (!site.issues.containsKey(property.group(1))) {
                send(exchange, 404, Map.of("errorMessages",
                        List.of("Issue does not exist or you do not have permission to see it.")));
            }
            else if (method.equals("PUT")) {
                boolean existed = site.properties.put(property.group(1) + "/" + property.group(2),
                        JSON.readValue(exchange.getRequestBody(), Object.class)) != null;
                send(exchange, existed ? 200 : 201, Map.of());
            }
            else {
                Object value = site.properties.get(property.group(1) + "/" + property.group(2));
                send(exchange, value == null ? 404 : 200,
                        value == null ? Map.of("errorMessages", List.of("no property"))
                                : Map.of("key", property.group(2), "value", value));
            }
        }
        else {
            send(exchange, 404, Map.of("errorMessages", List.of("not implemented by the fake: " + relative)));
        }
    }

    private static final java.util.regex.Pattern COMPONENTS = java.util.regex.Pattern
        .compile("/rest/api/3/project/[A-Z][A-Z0-9_]+/components");

    /** A request's query parameters, decoded; a name may repeat. */
    private record Query(Map<String, List<String>> params) {

        static Query of(String raw) {
            Map<String, List<String>> params = new java.util.LinkedHashMap<>();
            if (raw != null && !raw.isEmpty()) {
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                            StandardCharsets.UTF_8);
                    String value = eq < 0 ? ""
                            : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
            return new Query(params);
        }

        List<String> all(String name) {
            return params.getOrDefault(name, List.of());
        }

        String first(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }

        int integer(String name, int otherwise) {
            String value = first(name);
            return value == null ? otherwise : Integer.parseInt(value);
        }
    }

    /** Jira's PageBean: startAt, maxResults, total, isLast, values. */
    private static Map<String, Object> page(List<?> all, int startAt, int maxResults) {
        List<?> values = all.subList(Math.min(startAt, all.size()), Math.min(all.size(), startAt + maxResults));
        return Map.of("startAt", startAt, "maxResults", maxResults, "total", all.size(), "isLast",
                startAt + values.size() >= all.size(), "values", values);
    }

    /**
     * As Jira's bulk user API: the users it knows of those asked (unknown ids left out),
     * paged by startAt and maxResults (default 10, at most 200); no accountId is a 400.
     */
    private static void bulkUsers(HttpExchange exchange, Site site, Query query) throws IOException {
        List<String> asked = query.all("accountId");
        int maxResults = query.integer("maxResults", 10);
        if (asked.isEmpty() || maxResults < 1 || maxResults > 200) {
            send(exchange, 400, Map.of("errorMessages", List.of("accountId is required; maxResults 1 to 200")));
            return;
        }
        List<Map<String, Object>> found = new java.util.LinkedHashSet<>(asked).stream()
            .map(site.users::get)
            .filter(java.util.Objects::nonNull)
            .map(u -> u.json(site.baseUrl))
            .toList();
        send(exchange, 200, page(found, query.integer("startAt", 0), maxResults));
    }

    /**
     * As Jira's user search: active users (apps too) whose display name, or a word of it,
     * starts with the query; a query is required; maxResults default 50.
     */
    private static void searchUsers(HttpExchange exchange, Site site, Query query) throws IOException {
        String typed = query.first("query");
        if (typed == null || typed.isBlank()) {
            send(exchange, 400, Map.of("errorMessages", List.of("The query parameter is required.")));
            return;
        }
        String wanted = typed.toLowerCase(java.util.Locale.ROOT);
        List<Map<String, Object>> found = site.users.values()
            .stream()
            .filter(User::active)
            .filter(u -> u.displayName().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)
                    || java.util.Arrays.stream(u.displayName().toLowerCase(java.util.Locale.ROOT).split(" "))
                        .anyMatch(w -> w.startsWith(wanted)))
            .sorted(java.util.Comparator.comparing(User::displayName))
            .limit(query.integer("maxResults", 50))
            .map(u -> u.json(site.baseUrl))
            .toList();
        send(exchange, 200, found);
    }

    /**
     * As Jira's group picker: groups whose name contains the query, maxResults default
     * 20.
     */
    private static void pickGroups(HttpExchange exchange, Site site, Query query) throws IOException {
        String wanted = java.util.Objects.requireNonNullElse(query.first("query"), "")
            .toLowerCase(java.util.Locale.ROOT);
        java.util.TreeSet<String> names = new java.util.TreeSet<>(site.groupNames);
        site.groups.values().forEach(names::addAll);
        List<String> matching = names.stream()
            .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(wanted))
            .toList();
        List<Map<String, Object>> shown = matching.stream()
            .limit(query.integer("maxResults", 20))
            .map(n -> Map.<String, Object>of("name", n, "html", n, "labels", List.of(), "groupId",
                    "g-" + Math.abs(n.hashCode())))
            .toList();
        send(exchange, 200, Map.of("header", "Showing " + shown.size() + " of " + matching.size() + " matching groups",
                "total", matching.size(), "groups", shown));
    }

    /**
     * As Jira's project search: key or name contains the query (any case), paged,
     * maxResults default 50.
     */
    private static void searchProjects(HttpExchange exchange, Site site, Query query) throws IOException {
        String wanted = java.util.Objects.requireNonNullElse(query.first("query"), "")
            .toLowerCase(java.util.Locale.ROOT);
        List<Map<String, Object>> found = new java.util.TreeMap<>(site.projects).entrySet()
            .stream()
            .filter(p -> p.getKey().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                    || p.getValue().toLowerCase(java.util.Locale.ROOT).contains(wanted))
            .map(p -> Map.<String, Object>of("self", site.baseUrl + "/rest/api/3/project/" + p.getKey(), "id",
                    String.valueOf(10000 + Math.abs(p.getKey().hashCode() % 10000)), "key", p.getKey(), "name",
                    p.getValue(), "avatarUrls", Map.of("48x48", avatarUrl(site.baseUrl, "project-" + p.getKey(), 48))))
            .toList();
        send(exchange, 200, page(found, query.integer("startAt", 0), query.integer("maxResults", 50)));
    }

    private static final java.util.regex.Pattern WATCHERS = java.util.regex.Pattern
        .compile("/rest/api/3/issue/\\d+/watchers");

    private static final java.util.regex.Pattern NOTIFY = java.util.regex.Pattern
        .compile("/rest/api/3/issue/\\d+/notify");

    /**
     * As Jira: an unknown issue is 404, a notification with nobody to send it to is 400,
     * else queued (204).
     */
    @SuppressWarnings("unchecked")
    private static void notify(HttpExchange exchange, Site site, String issueId) throws IOException {
        Map<String, Object> body = JSON.readValue(exchange.getRequestBody(), Map.class);
        Map<String, Object> to = (Map<String, Object>) body.getOrDefault("to", Map.of());
        List<Map<String, Object>> users = (List<Map<String, Object>>) to.getOrDefault("users", List.of());
        if (!site.issues.containsKey(issueId)) {
            send(exchange, 404,
                    Map.of("errorMessages", List.of("Issue does not exist or you do not have permission to see it.")));
        }
        else if (users.isEmpty() || body.get("htmlBody") == null && body.get("textBody") == null) {
            send(exchange, 400, Map.of("errorMessages", List.of("No recipients were defined for notification.")));
        }
        else {
            site.notifications.add(new Notification(issueId, (String) body.get("subject"),
                    (String) body.get("textBody"), (String) body.get("htmlBody"),
                    users.stream().map(u -> String.valueOf(u.get("accountId"))).toList()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }
    }

    private static final java.util.regex.Pattern ISSUE = java.util.regex.Pattern.compile("/rest/api/3/issue/(\\d+)");

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern
        .compile("/rest/api/3/issue/(\\d+)/properties/([\\w.-]+)");

    /**
     * BulkPermissionGrants: global ADMINISTER for administrators; per issue, what was
     * asked unless browsing is denied.
     */
    private static Map<String, Object> permissions(Site site, Map<?, ?> body) {
        String accountId = String.valueOf(body.get("accountId"));
        List<?> asked = (List<?>) body.get("globalPermissions");
        boolean admin = site.administrators.contains(accountId);
        List<String> global = asked != null && asked.contains("ADMINISTER") && admin ? List.of("ADMINISTER")
                : List.of();
        List<Map<String, Object>> project = new java.util.ArrayList<>();
        List<?> projectAsks = (List<?>) body.get("projectPermissions");
        if (projectAsks != null) {
            for (Object ask : projectAsks) {
                Map<?, ?> entry = (Map<?, ?>) ask;
                List<?> issueIds = (List<?>) entry.get("issues");
                for (Object permission : (List<?>) entry.get("permissions")) {
                    List<Long> granted = issueIds == null ? List.of()
                            : issueIds.stream()
                                .map(id -> Long.valueOf(String.valueOf(id)))
                                .filter(id -> site.issues.containsKey(String.valueOf(id))
                                        && !site.cannotBrowse.contains(accountId)
                                        && !site.cannotBrowseIssue.contains(accountId + "/" + id))
                                .toList();
                    project.add(Map.of("permission", permission, "issues", granted, "projects", List.of()));
                }
            }
        }
        return Map.of("globalPermissions", global, "projectPermissions", project);
    }

    /**
     * As the personal data reporting API: at most 90 accounts (else 400), 204 when none
     * needs anything, else 200 with those closed or updated; Cycle-Period when set.
     */
    @SuppressWarnings("unchecked")
    private static void reportAccounts(HttpExchange exchange, Site site) throws IOException {
        if (site.reportsBeforeFailure.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 503, Map.of("message", "unavailable on purpose"));
            return;
        }
        Map<String, Object> body = JSON.readValue(exchange.getRequestBody(), Map.class);
        List<Map<String, Object>> accounts = (List<Map<String, Object>>) body.get("accounts");
        if (accounts == null || accounts.isEmpty() || accounts.size() > 90
                || accounts.stream().anyMatch(a -> a.get("accountId") == null || a.get("updatedAt") == null)) {
            send(exchange, 400, Map.of("message", "1 to 90 accounts, each with accountId and updatedAt"));
            return;
        }
        List<String> ids = accounts.stream().map(a -> (String) a.get("accountId")).toList();
        site.reports.add(ids);
        if (site.cyclePeriodHours > 0) {
            exchange.getResponseHeaders().set("Cycle-Period", String.valueOf(site.cyclePeriodHours));
        }
        List<Map<String, String>> changed = new ArrayList<>();
        for (String id : ids) {
            if (site.closedAccounts.contains(id)) {
                changed.add(Map.of("accountId", id, "status", "closed"));
            }
            else if (site.updatedAccounts.contains(id)) {
                changed.add(Map.of("accountId", id, "status", "updated"));
            }
        }
        if (changed.isEmpty()) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        send(exchange, 200, Map.of("accounts", changed));
    }

    private static boolean authorised(HttpExchange exchange, Site site, String relativePath) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return site.bearerTokens.contains(header.substring(7)); // a Forge app's token
        }
        if (header == null || !header.startsWith("JWT ") || site.sharedSecret == null) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(header.substring(4));
            if (!jwt.verify(new MACVerifier(site.sharedSecret.getBytes(StandardCharsets.UTF_8)))) {
                return false;
            }
            String query = exchange.getRequestURI().getRawQuery();
            String expected = Qsh.of(exchange.getRequestMethod(), relativePath + (query == null ? "" : "?" + query));
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
