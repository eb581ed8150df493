package com.icr.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A product page for the browser tests, on its own origin like
 * {@code acme.atlassian.net}: it runs the real {@code connect-host.js} (with jQuery as
 * AJS.$), creates our iframe with a URL the {@link HostSimulator} signed, and answers the
 * bridge's {@code context.getToken} with a context token for the same installation, and
 * its {@code user.getLocale} with the user's locale, as Jira and Confluence do.
 */
public final class BrowserHostPage {

    private static final Path ACJS = Path.of("frontend/node_modules/atlassian-connect-js/dist");

    private static BrowserHostPage instance;

    private final HttpServer server;

    private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();

    private record Scenario(HostSimulator host, HostSimulator.Installation installation, String moduleKey,
            String iframeUrl, String accountId, String width, String locale) {
    }

    private BrowserHostPage() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lib/", this::library);
        server.createContext("/host/", exchange -> {
            Scenario scenario = scenarios.get(exchange.getRequestURI().getPath().substring("/host/".length()));
            send(exchange, scenario == null ? 404 : 200, "text/html",
                    scenario == null ? "no such page" : html(scenario));
        });
        server.createContext("/token/", exchange -> {
            Scenario scenario = scenarios.get(exchange.getRequestURI().getPath().substring("/token/".length()));
            send(exchange, scenario == null ? 404 : 200, "text/plain", scenario == null ? ""
                    : scenario.host().jwt(scenario.installation()).context().subject(scenario.accountId()).sign());
        });
        StandInServers.startInBackground(server);
    }

    public static synchronized BrowserHostPage get() {
        if (instance == null) {
            try {
                instance = new BrowserHostPage();
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL of a product page showing one of our modules for an installation. */
    public String open(HostSimulator host, HostSimulator.Installation installation, String moduleKey,
            String modulePath) {
        return open(host, installation, moduleKey, modulePath,
                "557058:user-" + installation.clientKey().substring(0, 8));
    }

    /**
     * As above, for the user with this account id (the {@code sub} of the page token and
     * of context tokens).
     */
    public String open(HostSimulator host, HostSimulator.Installation installation, String moduleKey, String modulePath,
            String accountId) {
        return open(host, installation, moduleKey, modulePath, accountId, "100%");
    }

    /**
     * As above, in a frame of this CSS width: Jira's issue view shows a context panel in
     * a column about 300 px wide.
     */
    public String open(HostSimulator host, HostSimulator.Installation installation, String moduleKey, String modulePath,
            String accountId, String width) {
        return open(host, installation, moduleKey, modulePath, accountId, width, "en-US");
    }

    /**
     * As above, for a user whose profile speaks this locale ({@code de-DE}): the product
     * passes it as {@code loc} and answers the bridge's {@code user.getLocale} with it.
     */
    public String open(HostSimulator host, HostSimulator.Installation installation, String moduleKey, String modulePath,
            String accountId, String width, String locale) {
        String id = UUID.randomUUID().toString();
        String cp = installation.productType().equals("confluence") ? "/wiki" : "";
        String hostParams = "xdm_e=" + enc(origin()) + "&xdm_c="
                + enc("channel-internal-customer-relationships__" + moduleKey) + "&cp=" + enc(cp)
                + "&lic=none&cv=1001.0.0&loc=" + enc(locale);
        String pathAndQuery = modulePath + (modulePath.contains("?") ? "&" : "?") + hostParams;
        String token = host.jwt(installation).subject(accountId).qsh(Qsh.of("GET", pathAndQuery)).sign();
        String iframeUrl = host.appBaseUrl() + pathAndQuery + "&jwt=" + token;
        scenarios.put(id, new Scenario(host, installation, moduleKey, iframeUrl, accountId, width, locale));
        return origin() + "/host/" + id;
    }

    private static String html(Scenario scenario) {
        return """
                <!doctype html>
                <html lang="en" data-color-mode="light" data-theme="light:light dark:dark spacing:spacing">
                <head><meta charset="utf-8"><title>Host</title>
                <link rel="stylesheet" href="/lib/connect-host.css">
                <script src="/lib/jquery.js"></script>
                <script src="/lib/ajs.js"></script>
                <script src="/lib/connect-host.js"></script>
                </head>
                <body><div id="frame" style="height:760px;width:%s"></div>
                <script>
                connectHost.defineModule('context', {
                  getToken: function (callback) { fetch('/token/%s').then(function (r) { return r.text(); }).then(callback); },
                  getContext: function (callback) { callback({}); }
                });
                connectHost.defineModule('user', {
                  getLocale: function (callback) { callback(%s); },
                  getTimeZone: function (callback) { callback('Europe/Berlin'); }
                });
                var container = connectHost.create({ addon_key: 'internal-customer-relationships', key: '%s', url: %s,
                  options: { width: '100%%', height: '760px', autoresize: false } });
                document.getElementById('frame').appendChild(container[0]);
                </script></body></html>
                """
            .formatted(scenario.width().replaceAll("[^0-9a-z%.]", ""), idOf(scenario), jsString(scenario.locale()),
                    scenario.moduleKey(), jsString(scenario.iframeUrl()));
    }

    private static String idOf(Scenario scenario) {
        return get().scenarios.entrySet()
            .stream()
            .filter(e -> e.getValue() == scenario)
            .findFirst()
            .orElseThrow()
            .getKey();
    }

    private void library(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/lib/".length());
        Path file = switch (name) {
            case "jquery.js" -> Path.of("frontend/node_modules/jquery/dist/jquery.min.js");
            case "ajs.js" -> Path.of("frontend/public/preview/ajs.js");
            case "connect-host.js", "connect-host.css" -> ACJS.resolve(name);
            default -> null;
        };
        if (file == null) {
            send(exchange, 404, "text/plain", "");
            return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders()
            .set("Content-Type", name.endsWith(".css") ? "text/css" : "application/javascript");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String jsString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

}
