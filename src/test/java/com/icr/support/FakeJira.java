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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the REST API of Jira sites, which cannot run here, and behaves as documented: every call
 * must carry the app's JWT (HS256 with the site's shared secret, {@code iss} = app key, a {@code qsh} of the
 * request relative to the site's base URL), else 401. {@code POST /rest/api/3/permissions/check} answers the
 * global permissions of {@code accountId}. Each site lives under its own path: {@code http://127.0.0.1:port/<site>}.
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

        private Site(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String baseUrl() {
            return baseUrl;
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

        public int permissionChecks() {
            return permissionChecks.get();
        }

        /** Answer every call with this status (429, 503...) until set back to 0. */
        public void failWith(int status) {
            this.failWith = status;
        }
    }

    private FakeJira() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized FakeJira get() {
        if (instance == null) {
            try {
                instance = new FakeJira();
            } catch (IOException e) {
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

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String[] parts = path.split("/", 3);
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
        if (site.failWith != 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, site.failWith, Map.of("errorMessages", List.of("failing on purpose")));
            return;
        }
        if (exchange.getRequestMethod().equals("POST") && relative.equals("/rest/api/3/permissions/check")) {
            site.permissionChecks.incrementAndGet();
            Map<?, ?> body = JSON.readValue(exchange.getRequestBody(), Map.class);
            List<?> asked = (List<?>) body.get("globalPermissions");
            boolean admin = site.administrators.contains(String.valueOf(body.get("accountId")));
            List<String> granted = asked != null && asked.contains("ADMINISTER") && admin ? List.of("ADMINISTER") : List.of();
            send(exchange, 200, Map.of("globalPermissions", granted, "projectPermissions", List.of()));
            return;
        }
        send(exchange, 404, Map.of("errorMessages", List.of("not implemented by the fake: " + relative)));
    }

    private static boolean authorised(HttpExchange exchange, Site site, String relativePath) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
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
        } catch (Exception e) {
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
