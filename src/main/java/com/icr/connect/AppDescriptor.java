package com.icr.connect;

import com.icr.tenant.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The app's identity and modules, from the single top-level
 * {@code atlassian-connect.json}: common fields plus one block per product under
 * {@code products}. Each product's descriptor is the common fields with that product's
 * scopes and modules only, so Jira never sees a Confluence module and the other way
 * round. Built once, on first use (ACSB would re-read and re-parse the file on every
 * request); not at start-up, because the base URL may name the server's port, known only
 * once it listens.
 */
@Component
public class AppDescriptor {

    private final ObjectMapper json = new ObjectMapper();

    private final JsonNode source;

    private final Environment environment;

    private final Map<Product, String> rendered = new ConcurrentHashMap<>();

    AppDescriptor(Environment environment) {
        this.environment = environment;
        try (InputStream in = new ClassPathResource("atlassian-connect.json").getInputStream()) {
            this.source = json.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("atlassian-connect.json is missing from the classpath", e);
        }
    }

    /**
     * The public address Jira and Confluence reach the app at ({@code addon.base-url}).
     */
    public String baseUrl() {
        return environment.getRequiredProperty("addon.base-url");
    }

    public String key() {
        return source.path("key").asText();
    }

    public String lifecyclePath(String event) {
        return source.path("lifecycle").path(event).asText();
    }

    /**
     * The translations of the modules' names ({@code translations.paths}): locale (such
     * as {@code de-DE}) to the path the app serves its file at.
     */
    public Map<String, String> translationPaths() {
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        source.path("translations")
            .path("paths")
            .fields()
            .forEachRemaining(e -> paths.put(e.getKey(), e.getValue().asText()));
        return paths;
    }

    /** The descriptor a product installs from, with the public base URL filled in. */
    public String forProduct(Product product) {
        return rendered.computeIfAbsent(product, p -> render(p, baseUrl()));
    }

    public ObjectNode treeFor(Product product) {
        try {
            return (ObjectNode) json.readTree(forProduct(product));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String render(Product product, String baseUrl) {
        ObjectNode descriptor = source.deepCopy();
        JsonNode block = descriptor.path("products").path(product.key());
        descriptor.remove("products");
        descriptor.put("baseUrl", baseUrl);
        descriptor.set("scopes", block.path("scopes"));
        descriptor.set("modules", block.path("modules"));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
