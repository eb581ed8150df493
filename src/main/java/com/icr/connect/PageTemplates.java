package com.icr.connect;

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
 * The HTML shells of the app's Connect pages, built by Vite into
 * {@code classpath:pages/}. They hold no data: pages fetch it from {@code /api} with a
 * context token. The only substitution is where the Connect bridge (all.js) is loaded
 * from ({@link BridgeLocation}).
 */
@Component
public class PageTemplates {

    public static final String CONNECT_ALL_JS = "https://connect-cdn.atl-paas.net/all.js";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private final BridgeLocation bridges;

    PageTemplates(BridgeLocation bridges) {
        this.bridges = bridges;
    }

    /** The page's HTML for an installation (by client key). */
    public String render(String page, String clientKey) {
        if (!page.matches("[a-z-]+")) {
            throw new IllegalArgumentException("not a page name");
        }
        String html = cache.computeIfAbsent(page, PageTemplates::load);
        String bridge = bridges.allJsFor(clientKey);
        return bridge.equals(CONNECT_ALL_JS) ? html : html.replace(CONNECT_ALL_JS, HtmlUtils.htmlEscape(bridge));
    }

    private static String load(String page) {
        ClassPathResource resource = new ClassPathResource("pages/" + page + ".html");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Page " + page + " is not built; run the Maven build", e);
        }
    }

}
