package com.icr.tenant;

import static com.icr.support.HostSimulator.confluence;
import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.HostSimulator.Response;
import com.icr.support.Qsh;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tokens a real host would never send, each refused with a JSON 401; and the ones it does
 * send, accepted.
 */
@AppTest
class RequestSecurityTest {

    private static final String PAGE = "/pages/getting-started?product=jira";

    @LocalServerPort
    int port;

    HostSimulator host;

    Installation site;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
        site = jira("https://" + UUID.randomUUID() + ".atlassian.net");
        assertThat(host.install(site).status()).isEqualTo(204);
    }

    @Test
    void servesAPageSignedWithTheQshOfItsUrl() {
        Response page = host.page(site, PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<main id=\"app\"").contains("https://connect-cdn.atl-paas.net/all.js");
    }

    @Test
    void refusesARequestWithoutToken() {
        assertUnauthorized(host.get(PAGE, null));
        assertUnauthorized(host.get("/api/site", null));
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        String token = host.jwt(site).qsh(Qsh.of("GET", PAGE)).signedWithSecret("x".repeat(40)).sign();
        assertUnauthorized(host.get(PAGE + "&jwt=" + token, null));
    }

    @Test
    void refusesATokenWithTheQshOfAnotherRequest() {
        String token = host.jwt(site).qsh(Qsh.of("GET", "/pages/getting-started?product=confluence")).sign();
        assertUnauthorized(host.get(PAGE + "&jwt=" + token, null));
    }

    @Test
    void refusesATokenWithoutQsh() {
        String token = host.jwt(site).noQsh().sign();
        assertUnauthorized(host.get(PAGE + "&jwt=" + token, null));
        assertUnauthorized(host.get("/api/site", "JWT " + token));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = host.jwt(site).qsh(Qsh.of("GET", PAGE)).expired().sign();
        assertUnauthorized(host.get(PAGE + "&jwt=" + token, null));
    }

    @Test
    void refusesATokenFromAnIssuerNobodyInstalled() {
        Installation stranger = jira("https://" + UUID.randomUUID() + ".atlassian.net");
        assertUnauthorized(host.get("/api/site", "JWT " + host.contextToken(stranger)));
    }

    @Test
    void refusesAContextTokenOnAPage() {
        assertUnauthorized(host.get(PAGE + "&jwt=" + host.contextToken(site), null));
    }

    @Test
    void refusesAPageTokenOnTheApi() {
        String pageToken = host.jwt(site).qsh(Qsh.of("GET", PAGE)).sign();
        assertUnauthorized(host.get("/api/site", "JWT " + pageToken));
    }

    @Test
    void refusesAContextTokenOnTheLifecycleCallbacks() {
        assertUnauthorized(host.send("POST", "/disabled", "JWT " + host.contextToken(site),
                Map.of("clientKey", site.clientKey(), "eventType", "disabled")));
        assertThat(host.page(site, PAGE).status()).isEqualTo(200);
    }

    @Test
    void acceptsAContextTokenOnTheApi() {
        Response response = host.api(site, "GET", "/api/site", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("siteUrl", site.baseUrl());
    }

    @Test
    void acceptsAContextTokenWhoseUserHasOnlyAnAccountIdAsInGdprMode() {
        String token = host.jwt(site)
            .context()
            .claim("context", Map.of("user", Map.of("accountId", "557058:abc")))
            .sign();

        assertThat(host.get("/api/site", "JWT " + token).status()).isEqualTo(200);
    }

    @Test
    void inGdprModeTheCallerIsTheTokensSubjectNotTheAccountIdBesideIt() {
        com.icr.support.TestSites withJira = com.icr.support.TestSites.installed(host);
        String token = host.jwt(withJira.jira())
            .context()
            .subject("557058:the-real-user")
            .claim("context", Map.of("user", Map.of("accountId", com.icr.support.TestSites.ADMIN)))
            .sign();

        Response me = host.get("/api/me", "JWT " + token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("accountId", "557058:the-real-user").containsEntry("administrator", false);
    }

    @Test
    void anotherSitesTokenReadsOnlyItsOwnSite() {
        Installation other = confluence("https://" + UUID.randomUUID() + ".atlassian.net");
        assertThat(host.install(other).status()).isEqualTo(204);

        Map<String, Object> seen = host.api(other, "GET", "/api/site", null).json();

        assertThat(seen.get("siteUrl")).isEqualTo(other.baseUrl().replace("/wiki", ""));
        assertThat(seen.toString()).doesNotContain(site.baseUrl());
        assertThat(((Map<?, ?>) seen.get("jira")).get("installed")).isEqualTo(false);
    }

    @Test
    void aTokenClaimingAnotherSiteButSignedWithOurSecretIsRefused() {
        Installation other = jira("https://" + UUID.randomUUID() + ".atlassian.net");
        assertThat(host.install(other).status()).isEqualTo(204);
        // iss names the other site, the signature is ours: it verifies against neither.
        String forged = host.jwt(other).context().signedWithSecret(site.sharedSecret()).sign();

        assertUnauthorized(host.get("/api/site", "JWT " + forged));
    }

    @Test
    void unknownPathsAnswerJsonNotHtml() {
        Response response = host.get("/no-such-page", null);

        assertThat(response.status()).isIn(401, 404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void theApiTakesAContextTokenInTheAuthorizationHeaderOnlyNotInTheQuery() {
        assertUnauthorized(host.get("/api/site?jwt=" + host.contextToken(site), null));
    }

    @Test
    void anEncodedSpellingOfTheApiPathIsRefusedNotServedAsAPage() {
        String pageToken = host.jwt(site).qsh(Qsh.of("GET", "/%61pi/site")).sign();

        for (Response response : List.of(host.get("/%61pi/site", "JWT " + pageToken),
                host.get("/%61pi/site", "JWT " + host.contextToken(site)),
                host.get("/api/%73ite", "JWT " + host.contextToken(site)), host.get("/%69nstalled", null))) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).containsKeys("status", "message", "path");
            assertThat(response.body()).doesNotContain("siteUrl");
        }
    }

    @Test
    void pathsTheFirewallRefusesAreJson400sNot500s() {
        String token = "JWT " + host.contextToken(site);
        for (String path : List.of("/api/site;x=1", "/api//site", "/api/%2e%2e/site", "/api/%2e/site", "/api/site%3b",
                "/api/./site", "/api/..;/site", "/api/site%253b")) {
            Response response = host.get(path, token);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(response.body()).doesNotContain("siteUrl").doesNotContain("Exception");
        }
    }

    @Test
    void aCsvEndpointAskedForJsonIsA406InJson() {
        Response response = host.send("GET", "/api/matrix.csv", "JWT " + host.contextToken(site), null,
                "application/json", Map.of("Accept", "application/json"));

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.json()).containsEntry("status", 406);
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.json()).containsKeys("status", "message", "path").doesNotContainKeys("trace", "exception");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("at com.");
    }

}
