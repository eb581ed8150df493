package com.icr.web;

import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.HostSimulator.Response;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors are JSON without stack traces; no log line holds a secret, a token or a request
 * body.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAndLogsTest {

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    @AfterEach
    void restoreLevels() {
        logging.setLogLevel("com.atlassian.connect", LogLevel.INFO);
        logging.setLogLevel("com.icr", null);
        logging.setLogLevel("com.atlassian.connect.spring.internal.auth.AbstractConnectAuthenticationProvider",
                LogLevel.OFF);
    }

    @Test
    void noLogLineHoldsASecretATokenOrABodyEvenAtDebugLevel(CapturedOutput output) {
        logging.setLogLevel("com.atlassian.connect", LogLevel.DEBUG);
        logging.setLogLevel("com.icr", LogLevel.DEBUG);
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        Installation site = jira("https://" + UUID.randomUUID() + ".atlassian.net");

        host.install(site);
        host.page(site, "/pages/getting-started?product=jira");
        String contextToken = host.contextToken(site);
        host.get("/api/site", "JWT " + contextToken);
        host.get("/api/site", "JWT " + host.jwt(site).context().signedWithSecret("w".repeat(40)).sign());
        host.get("/api/site", "JWT not-even-a-token");
        host.installRequest(site.withNewSecret(), "installed").hs256WithSharedSecret().send();
        host.install(site.withNewSecret());
        host.uninstall(site);

        assertThat(output.getAll()).contains(site.clientKey()) // the client key is what
                                                               // we do log
            .doesNotContain(site.sharedSecret())
            .doesNotContain(contextToken)
            .doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.")
            .doesNotContain("Atlassian jira at ")
            .doesNotContain("security password");
    }

    @Test
    void aForgedOrGarbledTokenIsOneShortWarnLineAndIsVerifiedOnce(CapturedOutput output) {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        Installation site = jira("https://" + UUID.randomUUID() + ".atlassian.net");
        host.install(site);
        assertThat(host.api(site, "GET", "/api/site", null).status()).isEqualTo(200); // its
                                                                                      // host
                                                                                      // is
                                                                                      // kept
                                                                                      // now
        // ACSB's provider writes one line per verification: let it, to count them
        logging.setLogLevel("com.atlassian.connect.spring.internal.auth.AbstractConnectAuthenticationProvider",
                LogLevel.ERROR);
        int before = output.getAll().length();

        Response forged = host.get("/api/site",
                "JWT " + host.jwt(site).context().signedWithSecret("w".repeat(40)).sign());

        assertThat(forged.status()).isEqualTo(401);
        String forgedLog = output.getAll().substring(before);
        assertThat(forgedLog.lines().filter(line -> line.contains("AbstractConnectAuthenticationProvider")))
            .as(forgedLog)
            .hasSize(1);
        logging.setLogLevel("com.atlassian.connect.spring.internal.auth.AbstractConnectAuthenticationProvider",
                LogLevel.OFF);
        before = output.getAll().length();

        assertThat(host.get("/api/site", "JWT not-even-a-token").status()).isEqualTo(401);

        String garbledLog = output.getAll().substring(before);
        assertThat(garbledLog.lines()
            .filter(line -> line.contains("[http-nio") || line.startsWith("\t") || line.startsWith("Caused by"))
            .toList()).as(garbledLog)
            .hasSize(1)
            .allMatch(line -> line.contains("WARN") && line.contains("Refused a JWT") && line.length() < 400);
        assertThat(garbledLog).doesNotContain("\tat ").doesNotContain("ERROR");
    }

    @Test
    void anUnexpectedFailureIsAJson500WithoutTrace(CapturedOutput output) {
        HostSimulator host = new HostSimulator("http://localhost:" + port);

        Response response = host.send("POST", "/installed", null, "{not json");

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void aWrongMethodIsAJson405() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);

        Response response = host.send("DELETE", "/atlassian-connect.json", null, null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json()).containsEntry("status", 405).containsEntry("path", "/atlassian-connect.json");
    }

    @Test
    void theHealthProbeNeedsNoCredentials() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);

        Response response = host.get("/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("status", "UP");
    }

    @Test
    void bothDescriptorsAreServedWithThePublicBaseUrl() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);

        Response jira = host.get("/atlassian-connect.json", null);
        Response confluence = host.get("/confluence/atlassian-connect.json", null);

        assertThat(jira.json()).containsEntry("baseUrl", "http://localhost:" + port)
            .containsEntry("key", "internal-customer-relationships");
        assertThat(confluence.json()).containsEntry("baseUrl", "http://localhost:" + port)
            .containsEntry("key", "internal-customer-relationships");
        assertThat(jira.body()).contains("product=jira").doesNotContain("product=confluence");
        assertThat(confluence.body()).contains("product=confluence").doesNotContain("product=jira");
    }

}
