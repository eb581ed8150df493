package com.icr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML shells of the app's pages, built by Vite into {@code classpath:pages/}. They hold no data:
 * pages fetch it from {@code /api} with a context token. The only substitution is where the Connect
 * bridge (all.js) is loaded from.
 */
@Component
public class PageTemplates {

    public static final String CONNECT_ALL_JS = "https://connect-cdn.atl-paas.net/all.js";

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Map<String, String> localBridges = new ConcurrentHashMap<>();

    /**
     * Pages of this installation load the bridge from the app itself instead of Atlassian's CDN: the
     * preview's demo site, which must work without a network.
     */
    public void useLocalBridge(String clientKey, String allJsPath) {
        localBridges.put(clientKey, allJsPath);
    }

    /** The page's HTML for an installation (by client key). */
    public String render(String page, String clientKey) {
        if (!page.matches("[a-z-]+")) {
            throw new IllegalArgumentException("not a page name");
        }
        String html = cache.computeIfAbsent(page, PageTemplates::load);
        String bridge = localBridges.get(clientKey);
        return bridge == null ? html : html.replace(CONNECT_ALL_JS, HtmlUtils.htmlEscape(bridge));
    }

    private static String load(String page) {
        ClassPathResource resource = new ClassPathResource("pages/" + page + ".html");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Page " + page + " is not built; run the Maven build", e);
        }
    }
}
