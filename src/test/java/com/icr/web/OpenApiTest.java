package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document describes every /api operation the app serves, and nothing it does
 * not.
 */
@AppTest
class OpenApiTest {

    /**
     * The frontend generates its TypeScript types from this copy of the document (its
     * build runs before Java's).
     */
    static final Path SNAPSHOT = Path.of("frontend/src/api/openapi.json");
    static final String REFRESH = "./mvnw -Dtest=OpenApiTest -Dopenapi.snapshot.write=true test";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesExactlyTheApiTheAppServes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(served());
        assertThat(document.path("openapi").asText()).startsWith("3.");

        Set<String> documented = new HashSet<>();
        document.path("paths")
            .fields()
            .forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods()
            .keySet()
            .forEach(info -> info.getPatternValues()
                .stream()
                .filter(p -> p.startsWith("/api/") && !p.equals("/api/openapi.json"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        document.findValues("$ref")
            .forEach(ref -> assertThat(document.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText())
                .isFalse());
    }

    @Test
    void isServedToAnyoneAtItsOneAddress() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        HostSimulator.Response document = host.get("/api/openapi.json", null);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(document.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(host.get("/v3/api-docs", null).status()).isEqualTo(404);
        assertThat(host.get("/api/openapi.json.yaml", null).status()).isEqualTo(404);
    }

    @Test
    void isTheDocumentTheFrontendIsBuiltFrom() throws Exception {
        String served = served();
        if (Boolean.getBoolean("openapi.snapshot.write")) {
            Files.writeString(SNAPSHOT, served.endsWith("\n") ? served : served + "\n", StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> differences = new ArrayList<>();
        differences("", json.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)), json.readTree(served),
                differences);
        assertThat(differences)
            .as("%s differs from the document the app serves; refresh it with %s, then rebuild the frontend", SNAPSHOT,
                    REFRESH)
            .isEmpty();
    }

    /** Where two JSON documents differ, as JSON pointers. */
    private static void differences(String at, JsonNode snapshot, JsonNode served, List<String> found) {
        if (snapshot.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>();
            snapshot.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> differences(at + "/" + name.replace("~", "~0").replace("/", "~1"),
                    snapshot.path(name), served.path(name), found));
        }
        else if (!snapshot.equals(served)) {
            found.add(at);
        }
    }

    private String served() {
        HostSimulator.Response response = new HostSimulator("http://localhost:" + port).get("/api/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

}
