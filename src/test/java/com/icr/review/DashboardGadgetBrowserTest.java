package com.icr.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.Browser.View;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Jira dashboard gadget "My internal customers" as the demo user meets it in the
 * preview, behind both doors and in both themes: their relationships with what needs
 * them, and an issue's link opening the issue in Jira (the preview shows its panel); in
 * German too.
 */
@Tag("browser")
@AppTest
class DashboardGadgetBrowserTest {

    private static final String READY = "main#app[data-ready=true] .gadget__list";

    private static final List<String> PROBES = List.of(".gadget-rel", ".gadget-group", "[data-kind=decisions]",
            "[data-kind=agreement]", "[data-kind=service]", "[data-kind=ratings]", "[data-kind=items]", ".person__name",
            "img:not(.avatar)");

    @LocalServerPort
    int port;

    @Test
    void theGadgetShowsWhatNeedsTheDemoUserAndOpensTheIssueBehindTheConnectDoor() {
        Report report = Browser.visit(preview("") + "#jira:my-internal-customers", READY, "gadget-connect",
                List.of("light", "dark"), PROBES,
                List.of(Step.theme("light"), Step.snapshot("top"), Step.scroll("[data-kind=ratings]"),
                        Step.snapshot("ratings"), Step.theme("dark"), Step.snapshot("ratings-dark"),
                        Step.click("[data-kind=decisions] [data-issue=\"IT-42\"]"), Step.frame("/pages/issue-panel"),
                        Step.waitFor("main#app[data-ready=true]"), Step.snapshot("issue")));

        assertClean(report);
        View light = report.view("light");
        assertThat(light.count(".gadget-rel")).isEqualTo(7);
        assertThat(light.count("[data-kind=decisions]")).isPositive();
        assertThat(light.count("[data-kind=agreement]")).isEqualTo(2);
        assertThat(light.count("[data-kind=ratings]")).isPositive();
        assertThat(light.count("[data-kind=items]")).isPositive();
        assertThat(light.text()).contains("Your relationships: 7")
            .contains("you own the provider's side and you are the executive sponsor")
            .contains("Waiting for your yes or no")
            .contains("A new agreement waits for your confirmation")
            .contains("Low ratings in the last 14 days")
            .contains("Half of the trade fair leads had no budget owner")
            .contains("Customer's owner:");
        assertThat(light.count("img:not(.avatar)")).isZero();
        assertThat(report.view("dark").background()).isNotEqualTo(light.background());
        assertThat(report.step("ratings-dark").background()).isNotEqualTo(report.step("ratings").background());
        // the issue panel of IT-42, which HR asked IT for, in the gadget's place
        assertThat(report.step("issue").text()).as("the issue opened in Jira's place")
            .contains("HR → IT")
            .contains("No decision yet.")
            .doesNotContain("Waiting for your yes or no");
    }

    @Test
    void theSameGadgetBehindTheForgeDoorOpensTheIssueWithForgesRouter() {
        // the preview's theme switch tells the Forge stand-in, which applies the tokens
        Report themes = Browser.visit(preview("door=forge") + "#jira:my-internal-customers", READY, "gadget-forge",
                List.of("light", "dark"), "#theme");
        assertClean(themes);
        View light = themes.view("light");
        assertThat(light.text()).contains("Your relationships: 7")
            .contains("Waiting for your yes or no")
            .contains("Low ratings in the last 14 days")
            .contains("Half of the trade fair leads had no budget owner");
        assertThat(themes.view("dark").background()).isNotEqualTo(light.background());

        Report report = Browser.visit(preview("door=forge") + "#jira:my-internal-customers", READY, "gadget-forge-link",
                List.of("light"), PROBES,
                List.of(Step.click("[data-kind=decisions] [data-issue=\"IT-42\"]"),
                        Step.frame("/preview/forge/issue-panel/"), Step.waitFor("main#app[data-ready=true]"),
                        Step.snapshot("issue")));
        assertClean(report);
        assertThat(report.view("light").count(".gadget-rel")).isEqualTo(7);
        assertThat(report.step("issue").text()).contains("HR → IT")
            .contains("No decision yet.")
            .doesNotContain("Waiting for your yes or no");
    }

    @Test
    void aGermanReaderReadsItInGermanBehindBothDoors() {
        for (String door : List.of("connect", "forge")) {
            Report report = Browser.visit(preview("lang=de&door=" + door) + "#jira:my-internal-customers", READY,
                    "gadget-" + door + "-de", List.of("light"), "#theme");
            assertClean(report);
            assertThat(report.view("light").text()).as(door)
                .contains("Ihre Beziehungen: 7", "Warten auf Ihr Ja oder Nein",
                        "Sie verantworten die Anbieterseite und Sie sind der Executive Sponsor")
                .doesNotContain("Waiting for your yes or no", "Your relationships");
        }
    }

    private String preview(String query) {
        return "http://localhost:" + port + "/preview" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

}
