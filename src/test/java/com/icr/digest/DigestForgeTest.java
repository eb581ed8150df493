package com.icr.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.FakeConfluence;
import com.icr.support.ForgePlatform;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The digest behind the Forge door: the settings through a page's invocation token, and
 * the pages written to the Confluence installation's {@code apiBaseUrl} with the system
 * token Forge sent that installation (not the Jira installation's).
 */
@AppTest
class DigestForgeTest {

    static final String SPONSOR = "557058:forge-sponsor";

    @LocalServerPort
    int port;

    @Test
    void aForgeSitesDigestIsWrittenWithItsConfluenceInstallationsSystemToken() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        ForgeSite forge = ForgeSite.installed(host);
        forge.jira().user(SPONSOR, "Fiona Forge", null);
        FakeConfluence.Site confluence = FakeConfluence.get().siteOf(forge.jira()).space("LEAD", "Leadership");
        String cloudId = forge.installation().cloudId();
        ForgePlatform.Installation wiki = new ForgePlatform.Installation(
                forge.installation().installationId().replace("installation/", "installation/c"), "confluence",
                forge.jira().baseUrl() + "/ex/confluence/" + cloudId, cloudId, forge.installation().siteUrl());
        String systemToken = confluence.issueToken();
        Response installed = host.send("POST", "/forge/lifecycle/installed",
                "Bearer " + ForgePlatform.get().token(wiki).sign(), Map.of("eventType", "avi:forge:installed:app"),
                "application/json", Map.of("x-forge-oauth-system", systemToken));
        assertThat(installed.status()).as(installed.body()).isEqualTo(204);

        String it = forge.asAdmin("POST", "/api/departments", Map.of("name", "IT")).json().get("id").toString();
        String hr = forge.asAdmin("POST", "/api/departments", Map.of("name", "HR")).json().get("id").toString();
        Map<String, Object> request = new HashMap<>();
        request.put("providerId", it);
        request.put("customerId", hr);
        request.put("expectations", "Laptops");
        request.put("executiveSponsorAccountId", SPONSOR);
        assertThat(forge.asAdmin("POST", "/api/relationships", request).status()).isEqualTo(201);

        assertThat(forge.asAdmin("GET", "/api/digest/spaces", null).jsonList()).hasSize(1);
        Response saved = forge.asAdmin("PUT", "/api/digest/settings", Map.of("spaceKey", "LEAD"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(forge.page(SPONSOR, "GET", "/api/digest", null).status()).isEqualTo(403);
        assertThat(forge.asAdmin("POST", "/api/digest/publish", null).status()).isEqualTo(202);

        Eventually.await("the run done", () -> runs(forge), r -> !r.isEmpty() && "done".equals(r.get(0).get("state")));
        FakeConfluence.Page page = confluence.page("LEAD", "IT \u2192 HR: digest");
        assertThat(page).as("written: " + confluence.pages()).isNotNull();
        assertThat(page.body()).contains("Executive sponsor: Fiona Forge", "New noes (0)");
        assertThat(confluence.watchers(page.id())).isEqualTo(java.util.Set.of(SPONSOR));
        assertThat(confluence.calls()).allMatch(call -> call.contains("/rest/api/"));
        assertThat(runs(forge)).first().satisfies(run -> assertThat(run).containsEntry("pages", 1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runs(ForgeSite forge) {
        return (List<Map<String, Object>>) forge.asAdmin("GET", "/api/digest", null).json().get("runs");
    }

}
