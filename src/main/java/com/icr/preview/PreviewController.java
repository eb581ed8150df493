package com.icr.preview;

import com.atlassian.connect.spring.IgnoreJwt;
import com.fasterxml.jackson.databind.JsonNode;
import com.icr.connect.AppDescriptor;
import com.icr.tenant.Product;
import com.icr.connect.PageTemplates;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The preview host: its page, the modules it can show, and the signed iframe URLs and
 * context tokens the real products would hand out. Answers only requests from this
 * machine (loopback).
 */
@IgnoreJwt
@RestController
@Conditional(PreviewActivation.class)
class PreviewController {

    /** Module types whose entries are iframe pages the preview can host. */
    private static final Set<String> PAGE_MODULES = Set.of("postInstallPage", "generalPages", "adminPages",
            "configurePage", "jiraIssueContents", "jiraIssueContexts", "dynamicContentMacros", "jiraDashboardItems");

    /** Module types shown on an issue, whose URL is the web panel's target. */
    /** The dashboard and the gadget on it Jira names in a dashboard item's URL. */
    private static final Map<String, String> DASHBOARD_ITEM = Map.of("dashboard.id", "10000", "dashboardItem.id",
            "10100", "dashboardItem.viewType", "DEFAULT");

    private static final Set<String> ISSUE_MODULES = Set.of("jiraIssueContents", "jiraIssueContexts");

    private final AppDescriptor descriptor;

    private final DemoSiteSetup demoSite;

    private final PageTemplates pages;

    private final PreviewTokens tokens;

    PreviewController(AppDescriptor descriptor, DemoSiteSetup demoSite, PageTemplates pages, Clock clock) {
        this.descriptor = descriptor;
        this.demoSite = demoSite;
        this.pages = pages;
        this.tokens = new PreviewTokens(clock);
    }

    @GetMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        requireLoopback(request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render("preview", ""));
    }

    /**
     * A page the preview can host. {@code moduleKey} is the descriptor's module
     * ({@code key} differs for the macro's editor and export, and for each demo issue's
     * panels); {@code context} holds the context variables the product fills into the
     * module's URL, such as {@code issue.id}, or is empty.
     */
    record ModuleView(String product, String type, String key, String name, String url, String moduleKey,
            Map<String, String> context) {

        ModuleView(String product, String type, String key, String name, String url) {
            this(product, type, key, name, url, key, Map.of());
        }
    }

    /**
     * The hostable modules, named as the products show them in the preview's language
     * switch ({@code lang}: {@code de} reads the descriptor's German translations, the
     * same {@code locales/} files Connect and Forge read).
     */
    @GetMapping("/preview/api/modules")
    List<ModuleView> modules(@RequestParam(required = false) String lang, HttpServletRequest request) {
        requireLoopback(request);
        JsonNode names = translations("de".equals(lang) ? "de-DE" : "en-US");
        List<ModuleView> modules = new ArrayList<>();
        for (Product product : Product.values()) {
            descriptor.treeFor(product).path("modules").fields().forEachRemaining(entry -> {
                if (PAGE_MODULES.contains(entry.getKey())) {
                    JsonNode node = entry.getValue();
                    for (JsonNode module : node.isArray() ? node : List.of(node)) {
                        String key = module.path("key").asText();
                        String name = names.path(module.path("name").path("i18n").asText())
                            .asText(module.path("name").path("value").asText());
                        if (ISSUE_MODULES.contains(entry.getKey())) {
                            // Jira shows an issue's panels on the issue: one entry per
                            // demo issue, with the issue filled in.
                            String url = module.path("target").path("url").asText();
                            for (DemoData.DemoIssue issue : DemoData.ISSUES) {
                                modules.add(new ModuleView(product.key(), entry.getKey(), key + ":" + issue.key(),
                                        issue.key() + " · " + issue.summary(), url, key,
                                        Map.of("issue.id", issue.id(), "issue.key", issue.key())));
                            }
                            continue;
                        }
                        if ("jiraDashboardItems".equals(entry.getKey())) {
                            // a gadget on the demo user's dashboard, as Jira fills its
                            // URL in
                            modules.add(new ModuleView(product.key(), entry.getKey(), key, name,
                                    module.path("url").asText(), key, DASHBOARD_ITEM));
                            continue;
                        }
                        modules
                            .add(new ModuleView(product.key(), entry.getKey(), key, name, module.path("url").asText()));
                        if (module.has("editor")) {
                            modules.add(new ModuleView(product.key(), "macroEditor", key + "-editor", name,
                                    module.path("editor").path("url").asText()));
                        }
                        if (module.path("renderModes").has("pdf")) {
                            modules.add(new ModuleView(product.key(), "macroExport", key + "-pdf", name,
                                    module.path("renderModes").path("pdf").path("url").asText()));
                        }
                    }
                }
            });
        }
        return modules;
    }

    private static JsonNode translations(String locale) {
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("locales/" + locale + ".json")
            .getInputStream()) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        catch (java.io.IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    record IframeView(String addonKey, String moduleKey, String url) {
    }

    @GetMapping("/preview/api/iframe")
    IframeView iframe(@RequestParam String product, @RequestParam String module,
            @RequestParam(required = false) String params, HttpServletRequest request) {
        requireLoopback(request);
        Product target = productOf(product);
        ModuleView page = modules(null, request).stream()
            .filter(m -> m.product().equals(target.key()) && m.key().equals(module))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "module: no such page module"));
        var template = UriComponentsBuilder.fromUriString(page.url()).build();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>(macroParameters(params));
        variables.putAll(page.context());
        template.getQueryParams()
            .forEach((k, v) -> query.put(k, substitute(v.isEmpty() || v.get(0) == null ? "" : v.get(0), variables)));
        query.put("xdm_e", DemoSite.baseUrl(target));
        query.put("xdm_c", "channel-" + descriptor.key() + "__" + page.moduleKey());
        query.put("cp", target == Product.CONFLUENCE ? "/wiki" : "");
        query.put("lic", "none");
        query.put("cv", "1001.0.0-SNAPSHOT");
        String url = tokens.signedPageUrl(descriptor.baseUrl(), template.getPath(), query, DemoSite.clientKey(target),
                demoSite.secretOf(target));
        return new IframeView(descriptor.key(), page.moduleKey(), url);
    }

    /**
     * Confluence fills a macro URL's {@code {parameter}} placeholders with the macro's
     * saved parameters, Jira an issue panel's {@code {issue.id}} and {@code {issue.key}}
     * with the issue's.
     */
    private static String substitute(String value, Map<String, String> parameters) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\{([A-Za-z0-9_.-]+)\\}$").matcher(value);
        return m.matches() ? parameters.getOrDefault(m.group(1), "") : value;
    }

    private static Map<String, String> macroParameters(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> raw = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                    });
            Map<String, String> parameters = new LinkedHashMap<>();
            raw.forEach((k, v) -> parameters.put(k, v == null ? "" : v.toString()));
            return parameters;
        }
        catch (Exception e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "params: not a JSON object");
        }
    }

    record TokenView(String token) {
    }

    @GetMapping("/preview/api/context-token")
    TokenView contextToken(@RequestParam String product, HttpServletRequest request) {
        requireLoopback(request);
        Product target = productOf(product);
        Map<String, Object> context = Map.of("user", Map.of("accountId", DemoSite.USER_ACCOUNT_ID));
        return new TokenView(tokens.contextToken(DemoSite.clientKey(target), demoSite.secretOf(target), context));
    }

    private static Product productOf(String product) {
        return Product.fromKey(product)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "product: jira or confluence"));
    }

    static void requireLoopback(HttpServletRequest request) {
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The preview answers only this machine.");
            }
        }
        catch (UnknownHostException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The preview answers only this machine.");
        }
    }

}
