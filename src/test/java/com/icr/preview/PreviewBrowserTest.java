package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.HostSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The preview as a developer opens it: the demo site's modules, hosted by the real
 * connect-host.js.
 */
@Tag("browser")
@AppTest
class PreviewBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void showsJirasGettingStartedForTheLinkedDemoSiteInBothThemes() {
        Report report = Browser.visit("http://localhost:" + port + "/preview#jira:getting-started", "[data-ready=true]",
                "preview-jira-getting-started", List.of("light", "dark"), "#theme");

        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
        assertThat(report.view("light").text()).contains("https://preview.icr.invalid/wiki");
        assertThat(report.view("light").text().toLowerCase()).contains("linked").doesNotContain("not installed yet");
        assertThat(report.view("dark").background()).isNotEqualTo(report.view("light").background());
    }

    @Test
    void showsADemoIssuesPanelAndContextAsJiraWouldWithTheDemoUserDeciding() {
        Report panel = Browser.visit("http://localhost:" + port + "/preview#jira:internal-request-panel:IT-42",
                "main#app[data-ready=true]", "preview-issue-panel-IT-42", List.of("light", "dark"), "#theme");

        assertThat(panel.error()).isNull();
        assertThat(panel.consoleErrors()).isEmpty();
        assertThat(panel.pageErrors()).isEmpty();
        assertThat(panel.failedRequests()).isEmpty();
        assertThat(panel.view("light").text()).contains("HR → IT")
            .contains("Accept")
            .contains("Decline")
            .contains("Everything ready on the first morning of a new hire")
            .contains("Dana Demo")
            .doesNotContain("557058:preview-demo-user");
        assertThat(panel.view("dark").background()).isNotEqualTo(panel.view("light").background());

        Report context = Browser.visit("http://localhost:" + port + "/preview#jira:internal-request-context:CS-23",
                "main#app[data-ready=true]", "preview-issue-context-CS-23", List.of("light", "dark"), "#theme");

        assertThat(context.error()).isNull();
        assertThat(context.consoleErrors()).isEmpty();
        assertThat(context.failedRequests()).isEmpty();
        assertThat(context.view("light").text()).contains("Product → Customer Service")
            .contains("Reason: No capacity this period");
        assertThat(context.view("light").text().toLowerCase()).contains("declined");
    }

    @Test
    void showsTheSamePagesInTheirForgeFormThroughTheForgeDoorInBothThemes() {
        // the same data as the Connect form, reached with invocation tokens
        assertThat(inForgeForm("jira:internal-request-panel:IT-42", "preview-forge-issue-panel-IT-42").view("light")
            .text()).contains("HR → IT")
            .contains("Accept")
            .contains("Decline")
            .contains("Everything ready on the first morning of a new hire");
        assertThat(inForgeForm("jira:relationship-matrix", "preview-forge-relationship-matrix").view("light").text())
            .contains("Finance")
            .contains("Marketing");
        // the global page's other sub-page: the same resource, routed to the review
        assertThat(inForgeForm("jira:quarterly-review", "preview-forge-quarterly-review").view("light").text())
            .contains("Quarterly review", "Matrix snapshot");
    }

    /**
     * A page in its Forge form, in both themes: loaded without an error, a failed request
     * or a console error, and dark in the dark theme.
     */
    private Report inForgeForm(String module, String screenshot) {
        Report report = Browser.visit("http://localhost:" + port + "/preview?door=forge#" + module,
                "main#app[data-ready=true]", screenshot, List.of("light", "dark"), "#theme");
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
        assertThat(report.view("dark").background()).isNotEqualTo(report.view("light").background());
        return report;
    }

    @Test
    void showsTheDemoUsersOpenSatisfactionCheckReadyToAnswer() {
        Report panel = Browser.visit("http://localhost:" + port + "/preview#jira:internal-request-panel:HR-8",
                "main#app[data-ready=true]", "preview-issue-panel-HR-8", List.of("light", "dark"), "#theme");

        assertThat(panel.error()).isNull();
        assertThat(panel.consoleErrors()).isEmpty();
        assertThat(panel.failedRequests()).isEmpty();
        assertThat(panel.view("light").text()).contains("IT → HR")
            .contains("How did it go?")
            .contains("Send rating")
            .contains("A shortlist within three weeks of an approved role");
    }

    @Test
    void showsThePagesInGermanBehindBothDoorsWithTheLanguageSwitch() {
        Report connect = Browser.visit(
                "http://localhost:" + port + "/preview?lang=de#jira:internal-request-panel:IT-42",
                "main#app[data-ready=true]", "preview-de-issue-panel-IT-42", List.of("light"), "#theme");
        assertThat(connect.error()).isNull();
        assertThat(connect.consoleErrors()).isEmpty();
        assertThat(connect.pageErrors()).isEmpty();
        assertThat(connect.view("light").text())
            .contains("HR → IT", "Annehmen", "Ablehnen", "Entscheidung", "Serviceziel")
            .doesNotContain("Accept", "Decline", "Service target");

        Report forge = Browser.visit("http://localhost:" + port + "/preview?door=forge&lang=de#jira:quarterly-review",
                "main#app[data-ready=true]", "preview-de-forge-quarterly-review", List.of("light"), "#theme");
        assertThat(forge.error()).isNull();
        assertThat(forge.consoleErrors()).isEmpty();
        assertThat(forge.pageErrors()).isEmpty();
        assertThat(forge.view("light").text()).contains("Quartalsrückblick", "Momentaufnahme der Matrix")
            .doesNotContain("Matrix snapshot");
    }

    @Test
    void theLicenceSwitchShowsWhatAnInactiveSiteSeesInBothDoors() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        assertThat(host.send("PUT", "/preview/api/licence", null, Map.of("state", "inactive")).status()).isEqualTo(200);
        try {
            for (String door : List.of("connect", "forge")) {
                Report matrix = Browser.visit(
                        "http://localhost:" + port + "/preview?door=" + door + "#jira:relationship-matrix",
                        "main#app[data-ready=true]", "preview-" + door + "-licence-inactive", List.of("light", "dark"),
                        "#theme");
                assertThat(matrix.error()).isNull();
                assertThat(matrix.pageErrors()).isEmpty();
                assertThat(matrix.view("light").text())
                    .contains("The licence for Internal Customer Relationships is not active on this site")
                    .contains("Finance");
            }
        }
        finally {
            host.send("PUT", "/preview/api/licence", null, Map.of("state", "active"));
        }
    }

    @Test
    void showsConfluencesGettingStarted() {
        Report report = Browser.visit("http://localhost:" + port + "/preview#confluence:getting-started",
                "[data-ready=true]", "preview-confluence-getting-started", List.of("light"), "#theme");

        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
        assertThat(report.view("light").text()).contains("Installation status").contains("https://preview.icr.invalid");
    }

}
