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
 * The quarterly review as people meet it in the preview's demo site, hosted by the real
 * connect-host.js: the Jira page in both themes, a relationship and a department, the
 * demo user raising an item whose markup stays text; and a Confluence author switching
 * the matrix macro to review mode in its editor, which then shows the same review without
 * forms.
 */
@Tag("browser")
@AppTest
class ReviewBrowserTest {

    private static final String READY = "main#app[data-ready=true] .review";

    private static final String HOSTILE = "<img src=x onerror=alert(1)> Accounts arrive a day after the new hire";

    private static final List<String> PROBES = List.of("svg[role=img]", "svg[role=img] > title",
            "table[data-trend-table]", ".snapshot tbody tr", ".measures tbody tr", "[data-item]", "[data-objective]",
            "[data-appreciation]", "[data-note]", "[data-status]", "form", "img:not(.avatar)", "#review-mine");

    @LocalServerPort
    int port;

    @Test
    void theJiraPageShowsTheDemoQuartersReviewAndTakesAnItem() {
        Report report = Browser.visit(preview("jira:quarterly-review"), READY, "review-jira", List.of("light", "dark"),
                PROBES,
                List.of(Step.theme("light"), Step.select("#review-scope", "IT → HR"),
                        Step.waitFor(".review__title:has-text(\"IT → HR\")"), Step.click("#review-mine > summary"),
                        Step.snapshot("it-hr"), Step.scroll("[data-section=measures]"), Step.snapshot("measures"),
                        Step.scroll("[data-section=items]"), Step.snapshot("items"),
                        Step.click("[data-edit=item-form] > summary"), Step.select("#item-side", "customer"),
                        Step.fill("#item-text", HOSTILE), Step.click("#item-save"),
                        Step.waitFor("#review-notice:has-text(\"Raised.\")"),
                        Step.scroll("[data-section=items] [data-side=customer]"), Step.snapshot("raised"),
                        Step.theme("dark"), Step.snapshot("raised-dark"), Step.select("#review-scope", "IT"),
                        Step.waitFor(".review[data-scope=department]"), Step.snapshot("department-dark"),
                        Step.scroll("[data-section=appreciation]"), Step.snapshot("department-appreciation-dark")));

        assertClean(report);
        View light = report.view("light");
        assertThat(light.text()).contains("Quarterly review", "Matrix snapshot", "Measures against targets",
                "Objectives of the quarter", "Frustrations, assumptions and suggestions", "Appreciation given",
                "Executive sponsor’s notes", "Export measures (CSV)", "Print / PDF");
        assertThat(light.count("svg[role=img]")).isEqualTo(4);
        assertThat(light.count("svg[role=img] > title")).isEqualTo(4);
        assertThat(light.count("table[data-trend-table]")).isEqualTo(1);
        assertThat(report.view("dark").background()).isNotEqualTo(light.background());

        View pair = report.step("it-hr");
        assertThat(pair.text()).contains("IT → HR · Q").doesNotContain("Customer Service → Product ·");
        assertThat(pair.count(".snapshot tbody tr")).isEqualTo(1);
        assertThat(pair.count("#review-mine")).as("the demo user was thanked").isEqualTo(1);
        assertThat(pair.text()).contains("You were thanked 2 times")
            .contains("The new recruiter's laptop and accounts were ready at 8:30.");

        View raised = report.step("raised");
        assertThat(raised.text()).contains(HOSTILE).contains("Customer: HR").contains("Raised.");
        assertThat(raised.count("img:not(.avatar)")).as("markup in the item stays text").isZero();
        assertThat(report.step("raised-dark").background()).isNotEqualTo(raised.background());

        View department = report.step("department-dark");
        assertThat(department.text()).contains("IT · Q")
            .contains("Every relationship of the department")
            .contains(HOSTILE);
        assertThat(department.count(".snapshot tbody tr")).as("IT → HR, HR → IT, IT → Customer Service").isEqualTo(3);
        // The demo quarter the preview seeds: objectives, measures with a status, items,
        // thanks and a sponsor's note.
        assertThat(department.count("[data-objective]")).isPositive();
        assertThat(department.count(".measures tbody tr")).isPositive();
        assertThat(department.count("[data-status]")).isEqualTo(department.count(".measures tbody tr"));
        assertThat(department.count("[data-item]")).isGreaterThan(1);
        assertThat(department.count("[data-appreciation]")).isPositive();
    }

    @Test
    void theConfluenceMacroSwitchedToReviewModeShowsTheSameReviewReadOnly() {
        Report report = Browser.visit(preview("confluence:relationship-matrix-editor"),
                "main#app[data-ready=true] #macro-mode", "review-macro", List.of("light"), PROBES,
                List.of(Step.select("#macro-mode", "review"), Step.select("#macro-scope", "Marketing → Sales"),
                        Step.snapshot("editor"), Step.click("button[type=submit]"),
                        Step.frame("/macros/matrix?mode=review"), Step.waitFor(READY), Step.snapshot("shown"),
                        Step.scroll("[data-section=items]"), Step.snapshot("shown-items"), Step.theme("dark"),
                        Step.snapshot("shown-items-dark")));

        assertClean(report);
        assertThat(report.step("editor").text()).contains("Relationship or department").contains("Quarter");
        View shown = report.step("shown");
        assertThat(shown.text()).contains("Marketing → Sales · Q")
            .contains("Qualified leads per month")
            .contains("Grow enterprise revenue by 20 %")
            .contains("Provider: Marketing")
            .contains("Customer: Sales")
            .contains("Agreed action: Marketing passes on only leads with all four known")
            .contains("The webinar leads were the best we have had this year.")
            .contains("Both sides now share one definition of a qualified lead")
            .doesNotContain("Export measures");
        assertThat(shown.count("form")).as("the macro is read-only").isZero();
        assertThat(shown.count("svg[role=img]")).isEqualTo(4);
        assertThat(shown.count(".snapshot tbody tr")).isEqualTo(1);
        assertThat(shown.count(".measures tbody tr")).isEqualTo(2);
        assertThat(shown.count("[data-item]")).isEqualTo(4);
        assertThat(shown.count("[data-note]")).isEqualTo(1);
        assertThat(report.step("shown-items-dark").background()).isNotEqualTo(shown.background());
    }

    private String preview(String module) {
        return "http://localhost:" + port + "/preview#" + module;
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

}
