package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.tenant.Tenants;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The preview hosts the app's modules for its demo site with tokens the app itself accepts. */
@AppTest
class PreviewTest {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Test
    void listsThePageModulesOfBothProducts() {
        assertThat(host().get("/preview/api/modules", null).body())
                .contains("\"product\":\"jira\",\"type\":\"postInstallPage\",\"key\":\"getting-started\"")
                .contains("\"product\":\"confluence\",\"type\":\"postInstallPage\",\"key\":\"getting-started\"");
    }

    @Test
    void signsIframeUrlsTheAppAcceptsAndServesTheLocalBridgeToTheDemoSite() {
        Map<String, Object> iframe = host().get("/preview/api/iframe?product=confluence&module=getting-started", null).json();
        String url = iframe.get("url").toString();

        Response page = host().get(url.substring(("http://localhost:" + port).length()), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("src=\"/preview/all.js\"").doesNotContain("connect-cdn.atl-paas.net");
    }

    @Test
    void mintsContextTokensForTheDemoSiteOnly() {
        String token = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> site = host().get("/api/site", "JWT " + token).json();

        assertThat(site).containsEntry("siteUrl", "https://preview.icr.invalid").containsEntry("linked", true);
    }

    @Test
    void theDemoSitesTokensCannotBeForgedFromOutside() {
        // Without the secret drawn at start-up, a token naming the demo site verifies against nothing.
        HostSimulator.Installation guess = new HostSimulator.Installation("jira", "icr-preview-jira", "https://preview.icr.invalid", "x".repeat(40));

        assertThat(host().api(guess, "GET", "/api/site", null).status()).isEqualTo(401);
    }

    @Test
    void servesTheHostPageWithTheRealConnectHost() {
        Response page = host().get("/preview", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/preview/connect-host.js");
        assertThat(host().get("/preview/connect-host.js", null).body()).contains("connectHost");
        assertThat(host().get("/preview/all.js", null).status()).isEqualTo(200);
    }

    @Test
    void hostsTheMacroItsEditorAndItsExportWithTheSavedParameters() {
        assertThat(host().get("/preview/api/modules", null).body())
                .contains("\"type\":\"dynamicContentMacros\",\"key\":\"relationship-matrix\"")
                .contains("\"type\":\"macroEditor\",\"key\":\"relationship-matrix-editor\"")
                .contains("\"type\":\"macroExport\",\"key\":\"relationship-matrix-pdf\"")
                .contains("\"product\":\"jira\",\"type\":\"adminPages\",\"key\":\"icr-admin\"");

        String url = host().get("/preview/api/iframe?product=confluence&module=relationship-matrix-pdf&params="
                + java.net.URLEncoder.encode("{\"metric\":\"agreement\",\"period\":\"2026-Q4\"}", java.nio.charset.StandardCharsets.UTF_8), null)
                .json().get("url").toString();

        assertThat(url).contains("metric=agreement").contains("period=2026-Q4").contains("departments=&");
        Response export = host().get(url.substring(("http://localhost:" + port).length()), null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Marketing").contains("Sales").contains("Agreed v1");
    }

    @Test
    void theDemoSiteHasAMatrixAndItsUserAdministersIt() {
        String token = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> matrix = host().get("/api/matrix", "JWT " + token).json();

        assertThat((java.util.List<?>) matrix.get("departments")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(matrix.toString()).contains("Agreed v1").contains("Draft v1");
        assertThat(host().get("/api/me", "JWT " + token).json()).containsEntry("administrator", true);
    }

    @Test
    void refusesAnUnknownModule() {
        assertThat(host().get("/preview/api/iframe?product=jira&module=nope", null).status()).isEqualTo(404);
        assertThat(host().get("/preview/api/iframe?product=bitbucket&module=getting-started", null).status()).isEqualTo(400);
    }

    private HostSimulator host() {
        return new HostSimulator("http://localhost:" + port);
    }
}
