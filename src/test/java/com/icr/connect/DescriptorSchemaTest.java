package com.icr.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icr.tenant.Product;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Every module of both descriptors against Atlassian's own module schemas, from npm
 * {@code @forge/manifest} ({@code connect-jira:*} and {@code connect-confluence:*}): a
 * descriptor Atlassian would refuse fails the build. Forge's form differs from Connect's
 * in two ways the adapter below bridges: every module type is an array, and lifecycle is
 * a module with a key.
 */
class DescriptorSchemaTest {

    private static final Path SCHEMA = Path.of("frontend/node_modules/@forge/manifest/out/schema/manifest-schema.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode manifestSchema;
    static AppDescriptor descriptor;

    @BeforeAll
    static void load() throws Exception {
        assertThat(SCHEMA).as("npm ci has installed @forge/manifest").exists();
        manifestSchema = JSON.readTree(Files.readString(SCHEMA));
        descriptor = new AppDescriptor(new MockEnvironment().withProperty("addon.base-url", "https://icr.example.com"));
    }

    @Test
    void everyJiraModuleMatchesAtlassiansSchema() {
        assertThat(violations(Product.JIRA, descriptor.treeFor(Product.JIRA))).isEmpty();
    }

    @Test
    void everyConfluenceModuleMatchesAtlassiansSchema() {
        assertThat(violations(Product.CONFLUENCE, descriptor.treeFor(Product.CONFLUENCE))).isEmpty();
    }

    @Test
    void bothDescriptorsShareOneAppKeyAndTheSecurityMigrations() {
        for (Product product : Product.values()) {
            ObjectNode tree = descriptor.treeFor(product);
            assertThat(tree.path("key").asText()).isEqualTo("internal-customer-relationships");
            assertThat(tree.path("baseUrl").asText()).isEqualTo("https://icr.example.com");
            assertThat(tree.path("authentication").path("type").asText()).isEqualTo("jwt");
            for (String migration : List.of("signed-install", "context-qsh", "gdpr")) {
                assertThat(tree.path("apiMigrations").path(migration).asBoolean()).as(migration).isTrue();
            }
            for (String event : List.of("installed", "uninstalled", "enabled", "disabled")) {
                assertThat(tree.path("lifecycle").path(event).asText()).isEqualTo("/" + event);
            }
            assertThat(tree.has("products")).isFalse();
        }
    }

    @Test
    void scopesAreTheFewestTheFeaturesNeed() {
        // WRITE: the request's entity property (PUT
        // /rest/api/3/issue/{id}/properties/icr-request)
        assertThat(descriptor.treeFor(Product.JIRA).path("scopes"))
            .containsExactly(JSON.getNodeFactory().textNode("READ"), JSON.getNodeFactory().textNode("WRITE"));
        // Confluence's WRITE: the executive digest's pages (POST/PUT /rest/api/content)
        // and their watchers
        assertThat(descriptor.treeFor(Product.CONFLUENCE).path("scopes"))
            .containsExactly(JSON.getNodeFactory().textNode("READ"), JSON.getNodeFactory().textNode("WRITE"));
    }

    @Test
    void refusesAModuleOfTheOtherProduct() {
        ObjectNode jira = descriptor.treeFor(Product.JIRA);
        ((ObjectNode) jira.path("modules")).set("dynamicContentMacros",
                JSON.createArrayNode().add(JSON.createObjectNode().put("key", "m")));

        assertThat(violations(Product.JIRA, jira)).anyMatch(v -> v.contains("not a connect-jira module"));
    }

    @Test
    void refusesAModuleAtlassianWouldRefuse() {
        ObjectNode jira = descriptor.treeFor(Product.JIRA);
        ((ObjectNode) jira.path("modules").path("postInstallPage")).remove("url");
        ((ObjectNode) jira.path("modules").path("postInstallPage")).put("weight", "heavy");

        assertThat(violations(Product.JIRA, jira)).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> violations(Product product, ObjectNode connectDescriptor) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        JsonNode modules = manifestSchema.path("definitions").path("ModuleSchema").path("properties");
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> forgeModules = new java.util.LinkedHashMap<>();
        connectDescriptor.path("modules")
            .fields()
            .forEachRemaining(e -> forgeModules.put(e.getKey(), asArray(e.getValue())));
        ObjectNode lifecycle = connectDescriptor.path("lifecycle").deepCopy();
        lifecycle.put("key", "lifecycle");
        forgeModules.put("lifecycle", JSON.createArrayNode().add(lifecycle));

        for (Map.Entry<String, JsonNode> module : forgeModules.entrySet()) {
            String type = "connect-" + product.key() + ":" + module.getKey();
            if (!modules.has(type)) {
                violations.add(module.getKey() + ": not a connect-" + product.key() + " module");
                continue;
            }
            ObjectNode schemaNode = ((ObjectNode) modules.get(type)).deepCopy();
            schemaNode.set("definitions", manifestSchema.path("definitions"));
            schemaNode.put("$schema", "http://json-schema.org/draft-07/schema#");
            JsonSchema schema = factory.getSchema(schemaNode);
            Set<ValidationMessage> messages = schema.validate(module.getValue());
            messages.forEach(m -> violations.add(type + ": " + m.getMessage()));
        }
        return violations;
    }

    private static JsonNode asArray(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        ArrayNode array = JSON.createArrayNode();
        array.add(node);
        return array;
    }

}
