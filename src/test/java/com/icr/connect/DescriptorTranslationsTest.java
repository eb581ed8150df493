package com.icr.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.tenant.Product;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * The modules' names and descriptions in both descriptors are keys of the translation
 * files in {@code locales/} (English and German, the files manifest.yml gives Forge), and
 * the app serves exactly those files where the descriptor's {@code translations} say,
 * without a JWT, as the products fetch them.
 */
@AppTest
class DescriptorTranslationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> LOCALES = Map.of("en-US", "locales/en-US.json", "de-DE",
            "locales/de-DE.json");

    @LocalServerPort
    int port;

    @Autowired
    AppDescriptor descriptor;

    @Test
    void everyNameAndDescriptionOfBothDescriptorsIsAKeyOfBothLanguagesWithTheEnglishAsItsValue() throws Exception {
        Map<String, String> english = bundle("en-US");
        Map<String, String> german = bundle("de-DE");
        assertThat(german.keySet()).isEqualTo(english.keySet());
        List<String> used = new ArrayList<>();
        for (Product product : Product.values()) {
            List<JsonNode> texts = new ArrayList<>();
            collectTexts(descriptor.treeFor(product).path("modules"), texts);
            assertThat(texts).as(product + " names its modules").isNotEmpty();
            for (JsonNode text : texts) {
                String key = text.path("i18n").asText(null);
                assertThat(key).as(product + ": " + text + " has a key").isNotNull();
                assertThat(english).as(key).containsEntry(key, text.path("value").asText());
                assertThat(german.get(key)).as(key).isNotBlank();
                used.add(key);
            }
        }
        assertThat(english.keySet()).as("keys no module uses").isSubsetOf(used);
    }

    @Test
    void bothDescriptorsPointAtTheTranslationFilesTheAppServesAndTheyAreTheFilesForgeReads() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Product product : Product.values()) {
            JsonNode paths = descriptor.treeFor(product).path("translations").path("paths");
            assertThat(JSON.convertValue(paths, new TypeReference<Map<String, String>>() {
            })).isEqualTo(Map.of("en-US", "/i18n/en-US.json", "de-DE", "/i18n/de-DE.json"));
        }
        for (Map.Entry<String, String> locale : LOCALES.entrySet()) {
            HttpResponse<byte[]> served = http.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + descriptor.translationPaths().get(locale.getKey())))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(served.body()).as(locale.getKey()).isEqualTo(Files.readAllBytes(Path.of(locale.getValue())));
        }
        String manifest = Files.readString(Path.of("manifest.yml"));
        LOCALES.forEach((locale, path) -> assertThat(manifest).contains("- key: " + locale + "\n      path: " + path));
    }

    @Test
    void aLocaleTheDescriptorDoesNotNameIsNotServed() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        assertThat(host.get("/i18n/fr-FR.json", null).status()).isEqualTo(404);
        assertThat(host.get("/i18n/..%2Fapplication.json", null).status()).isIn(400, 404);
    }

    /** Every i18n property (an object with a {@code value}) under a node. */
    private static void collectTexts(JsonNode node, List<JsonNode> texts) {
        if (node.isObject() && node.has("value") && node.path("value").isTextual()) {
            texts.add(node);
            return;
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    private static Map<String, String> bundle(String locale) throws Exception {
        return JSON.readValue(Files.readString(Path.of("locales", locale + ".json")),
                new TypeReference<Map<String, String>>() {
                });
    }

}
