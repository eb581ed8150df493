package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document describes every /api operation the app serves, and nothing it does not. */
@AppTest
class OpenApiTest {

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
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && !p.equals("/api/openapi.json"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        document.findValues("$ref").forEach(ref -> assertThat(document.at(ref.asText().substring(1)).isMissingNode())
                .as(ref.asText()).isFalse());
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

    private String served() {
        HostSimulator.Response response = new HostSimulator("http://localhost:" + port).get("/api/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
