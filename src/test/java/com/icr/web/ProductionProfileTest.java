package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestEnvironment;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The app as it runs in production, behind an HTTPS proxy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "addon.base-url=http://localhost:${local.server.port}", "icr.preview.enabled=false" })
@ContextConfiguration(initializers = TestEnvironment.class)
@ActiveProfiles("production")
class ProductionProfileTest {

    @LocalServerPort
    int port;

    @Test
    void behindHttpsEveryAnswerHasHstsAndNoneHasXXssProtection() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);

        Response secure = host.send("GET", "/health", null, null, "application/json",
                Map.of("X-Forwarded-Proto", "https"));
        Response refused = host.send("GET", "/api/site", null, null, "application/json",
                Map.of("X-Forwarded-Proto", "https"));
        Response plain = host.get("/health", null);

        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
            .hasValueSatisfying(hsts -> assertThat(hsts).contains("includeSubDomains")
                .containsPattern("max-age=(3153[6-9]\\d{3}|31[6-9]\\d{5}|3[2-9]\\d{6}|[4-9]\\d{7}|\\d{9,})"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        for (Response response : new Response[] { secure, refused, plain }) {
            assertThat(response.headers().firstValue("X-XSS-Protection")).isEmpty();
        }
    }

    @Test
    void anInstallWhoseBaseUrlIsNotHttpsOnAPublicHostIsA400NamingBaseUrl() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        for (String baseUrl : new String[] { "http://" + UUID.randomUUID() + ".atlassian.net", "https://localhost:8443",
                "https://10.0.0.7", "https://169.254.169.254", "https://[::1]" }) {
            Response response = host.install(HostSimulator.jira(baseUrl));
            assertThat(response.status()).as(baseUrl).isEqualTo(400);
            assertThat(response.json().get("message").toString()).startsWith("baseUrl:");
        }
        Installation real = HostSimulator.jira("https://" + UUID.randomUUID() + ".atlassian.net");
        assertThat(host.install(real).status()).isEqualTo(204);
    }

}
