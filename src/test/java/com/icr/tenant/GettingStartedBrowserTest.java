package com.icr.tenant;

import static com.icr.support.HostSimulator.confluence;
import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Getting started in headless Chromium, inside a product page that runs the real
 * connect-host.js, with all.js answered by atlassian-connect-js's iframe.js: what a site
 * admin sees after installing.
 */
@Tag("browser")
@AppTest
class GettingStartedBrowserTest {

    @LocalServerPort
    int port;

    HostSimulator host;

    String site;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
        site = "https://" + UUID.randomUUID().toString().substring(0, 8) + ".atlassian.net";
    }

    @Test
    void aSiteWithBothProductsSeesThemInstalledAndLinkedInJiraAndInConfluence() {
        Installation jira = installed(jira(site));
        Installation confluence = installed(confluence(site));

        Report inJira = Browser.visit(
                BrowserHostPage.get().open(host, jira, "getting-started", "/pages/getting-started?product=jira"),
                "[data-ready=true]", "getting-started-jira", List.of("light", "dark"), null);
        Report inConfluence = Browser.visit(
                BrowserHostPage.get()
                    .open(host, confluence, "getting-started", "/pages/getting-started?product=confluence"),
                "[data-ready=true]", "getting-started-confluence", List.of("light"), null);

        for (Report report : List.of(inJira, inConfluence)) {
            assertClean(report);
            String text = report.view("light").text();
            assertThat(text).contains("Installation status").contains(site).contains(site + "/wiki");
            assertThat(text.toLowerCase()).contains("jira and confluence linked")
                .doesNotContain("not installed yet")
                .doesNotContain("not linked yet");
        }
    }

    @Test
    void followsTheUsersDarkTheme() {
        Installation jira = installed(jira(site));

        Report report = Browser.visit(
                BrowserHostPage.get().open(host, jira, "getting-started", "/pages/getting-started?product=jira"),
                "[data-ready=true]", "getting-started-theme", List.of("light", "dark"), null);

        assertClean(report);
        assertThat(report.view("light").background()).isEqualTo("rgb(255, 255, 255)");
        assertThat(report.view("dark").colorMode()).isEqualTo("dark");
        assertThat(report.view("dark").background()).isNotEqualTo(report.view("light").background());
        assertThat(luminance(report.view("dark").background())).isLessThan(0.1);
        assertThat(luminance(report.view("dark").color())).isGreaterThan(0.4);
    }

    @Test
    void aJiraOnlySiteIsToldHowToInstallConfluence() {
        Installation jira = installed(jira(site));

        Report report = Browser.visit(
                BrowserHostPage.get().open(host, jira, "getting-started", "/pages/getting-started?product=jira"),
                "[data-ready=true]", "getting-started-jira-only", List.of("light"), null);

        assertClean(report);
        String text = report.view("light").text();
        assertThat(text.toLowerCase()).contains("not installed yet").contains("not linked yet");
        assertThat(text).contains("http://localhost:" + port + "/confluence/atlassian-connect.json");
    }

    private Installation installed(Installation installation) {
        assertThat(host.install(installation).status()).isEqualTo(204);
        return installation;
    }

    static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

    /** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
    static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

}
