package com.icr.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.BrowserHostPage;
import com.icr.support.Eventually;
import com.icr.support.FakeConfluence;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin page's digest section in headless Chromium (light and dark): the space
 * picked, the relationship's page and a run that failed because the space was deleted.
 */
@Tag("browser")
@AppTest
class DigestBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theDigestSectionShowsTheSpaceThePagesAndAFailedRun() {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        FakeConfluence.Site confluence = FakeConfluence.get()
            .siteOf(site.jiraSite())
            .secret(site.confluence().sharedSecret())
            .space("EXEC", "Executive updates")
            .space("GONE", "Old space");
        String it = site.asAdmin("POST", "/api/departments", Map.of("name", "IT")).json().get("id").toString();
        String hr = site.asAdmin("POST", "/api/departments", Map.of("name", "HR")).json().get("id").toString();
        Map<String, Object> request = new HashMap<>();
        request.put("providerId", it);
        request.put("customerId", hr);
        request.put("expectations", "Laptops");
        assertThat(site.asAdmin("POST", "/api/relationships", request).status()).isEqualTo(201);
        assertThat(site.asAdmin("PUT", "/api/digest/settings", Map.of("spaceKey", "GONE")).status()).isEqualTo(200);
        site.asAdmin("POST", "/api/digest/publish", null);
        Eventually.await("the page written", () -> runs(site),
                r -> !r.isEmpty() && "done".equals(r.get(0).get("state")));
        confluence.deleteSpace("GONE");
        site.asAdmin("POST", "/api/digest/publish", null);
        Eventually.await("the failure", () -> runs(site), r -> r.size() == 2 && "failed".equals(r.get(0).get("state")));

        Report report = Browser.visit(
                BrowserHostPage.get().open(site.host(), site.jira(), "icr-admin", "/pages/admin", TestSites.ADMIN),
                "[data-digest][data-ready=true]", "digest", List.of("light"), List.of("[data-run-state=failed]"),
                List.of(Step.scroll("[data-digest]"), Step.snapshot("digest-light"), Step.theme("dark"),
                        Step.scroll("[data-digest]"), Step.snapshot("digest-dark")));

        assertThat(report.error()).isNull();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.step("digest-light").text()).contains("Executive digest", "IT → HR", "Version 1",
                "The space is gone from Confluence: pick another one (404)", "Publish now");
        assertThat(report.step("digest-dark").background()).isNotEqualTo(report.step("digest-light").background());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runs(TestSites site) {
        return (List<Map<String, Object>>) site.asAdmin("GET", "/api/digest", null).json().get("runs");
    }

}
