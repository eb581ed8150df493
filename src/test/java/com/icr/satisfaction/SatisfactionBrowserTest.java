package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.Browser.View;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A satisfaction check as people meet it in Jira, in headless Chromium with the real
 * connect-host.js: the reporter is prompted in the issue context, answers in the panel
 * and thanks the assignee in one click; someone who was not asked sees the answer and no
 * form; an administrator sets the policy; the relationship detail of the matrix shows the
 * quarters.
 */
@Tag("browser")
@AppTest
class SatisfactionBrowserTest {

    private static final String READY = "main#app[data-ready=true]";

    private static final String COMMENT = "<img src=x onerror=alert(1)> Reconciled, <b>one day late</b>";

    private static final List<String> PROBES = List.of("#rate-prompt", "#satisfaction-form",
            "#satisfaction-correctable", "#thank", "#thanked", "#satisfaction-state[data-state=awaiting]",
            "#satisfaction-state[data-state=answered]", "img:not(.avatar)", "b");

    @LocalServerPort
    int port;

    CheckScenario scenario;

    JiraIssueJson issue;

    String checkId;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        issue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));
        checkId = (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
    }

    @Test
    void theReporterIsPromptedAnswersInThePanelAndThanksTheAssignee() {
        Report context = Browser.visit(page("internal-request-context", "/pages/issue-context", REPORTER, "320px"),
                READY, "satisfaction-context-reporter", List.of("light", "dark"), PROBES, List.of());
        assertClean(context);
        assertThat(context.view("light").count("#rate-prompt")).isEqualTo(1);
        assertThat(context.view("light").text().toLowerCase()).contains("awaiting your rating");

        Report panel = Browser.visit(page("internal-request-panel", "/pages/issue-panel", REPORTER, "100%"), READY,
                "satisfaction-panel-reporter", List.of("light"), PROBES,
                List.of(Step.click("label[for=rating-4]"), Step.click("label[for=met-partly]"),
                        Step.fill("#satisfaction-comment", COMMENT), Step.snapshot("filled"),
                        Step.click("#satisfaction-submit"), Step.waitFor("#satisfaction-correctable"),
                        Step.snapshot("answered"), Step.click("#thank"), Step.waitFor("#thanked"),
                        Step.snapshot("thanked"), Step.theme("dark"), Step.snapshot("thanked-dark")));

        assertClean(panel);
        View before = panel.view("light");
        assertThat(before.count("#satisfaction-form")).isEqualTo(1);
        assertThat(before.count("#satisfaction-state[data-state=awaiting]")).isEqualTo(1);
        assertThat(before.text()).contains(com.icr.request.RequestScenario.EXPECTATIONS);
        View answered = panel.step("answered");
        assertThat(answered.count("#satisfaction-state[data-state=answered]")).isEqualTo(1);
        assertThat(answered.text()).contains(COMMENT);
        assertThat(answered.count("img:not(.avatar)") + answered.count("b")).as("markup in the comment stays text")
            .isZero();
        assertThat(panel.step("thanked").count("#thanked")).isEqualTo(1);
        assertThat(panel.step("thanked-dark").background()).isNotEqualTo(panel.step("thanked").background());

        Map<String, Object> stored = asMap(scenario.satisfaction(REPORTER, issue.id).json().get("current"));
        assertThat(scenario.asMapList(stored.get("answers"))).singleElement()
            .satisfies(a -> assertThat(a).containsEntry("rating", 4)
                .containsEntry("met", "partly")
                .containsEntry("comment", COMMENT));
        assertThat(scenario.asMapList(stored.get("thanks"))).singleElement()
            .satisfies(t -> assertThat(t).containsEntry("to", List.of(ASSIGNEE)));

        Report after = Browser.visit(page("internal-request-context", "/pages/issue-context", REPORTER, "320px"), READY,
                "satisfaction-context-answered", List.of("light"), PROBES, List.of());
        assertClean(after);
        assertThat(after.view("light").count("#rate-prompt")).as("answered: no prompt any more").isZero();
    }

    @Test
    void someoneWhoWasNotAskedSeesTheCheckButNoFormAndNoPrompt() {
        assertThat(
                scenario.answer(REPORTER, checkId, Map.of("rating", 2, "met", "no", "comment", "Numbers did not match"))
                    .status())
            .isEqualTo(200);

        Report panel = Browser.visit(page("internal-request-panel", "/pages/issue-panel", BYSTANDER, "100%"), READY,
                "satisfaction-panel-bystander", List.of("light", "dark"), PROBES, List.of());
        Report context = Browser.visit(page("internal-request-context", "/pages/issue-context", BYSTANDER, "320px"),
                READY, "satisfaction-context-bystander", List.of("light"), PROBES, List.of());

        assertClean(panel);
        assertClean(context);
        View view = panel.view("light");
        assertThat(view.count("#satisfaction-form")).isZero();
        assertThat(view.count("#thank")).isZero();
        assertThat(view.count("#satisfaction-state[data-state=answered]")).isEqualTo(1);
        assertThat(view.text()).contains("Numbers did not match");
        assertThat(context.view("light").count("#rate-prompt")).isZero();
    }

    @Test
    void anAdministratorSetsThePolicyAndTheMatrixDetailShowsTheQuarters() {
        Report policy = Browser.visit(
                BrowserHostPage.get()
                    .open(scenario.requests.site.host(), scenario.requests.site.jira(), "satisfaction-policy",
                            "/pages/satisfaction-policy", TestSites.ADMIN),
                READY, "satisfaction-policy", List.of("light", "dark"), List.of("#policy-form", "[data-read-only]"),
                List.of(Step.fill("#delay", "90"), Step.fill("#projects", "FIN, OPS"),
                        Step.fill("#jql-filter", "project = FIN AND component in (77, 78)"), Step.click("#policy-save"),
                        Step.waitFor("#policy-status"), Step.snapshot("saved")));
        assertClean(policy);
        assertThat(policy.view("light").count("[data-read-only]")).isZero();
        Map<String, Object> saved = scenario.requests.site.as(BYSTANDER, "GET", "/api/satisfaction/policy", null)
            .json();
        assertThat(saved).containsEntry("delayMinutes", 90)
            .containsEntry("projects", List.of("FIN", "OPS"))
            .containsEntry("jqlFilter", "project = FIN AND component in (77, 78)");

        assertThat(scenario.answer(REPORTER, checkId, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(200);
        Report matrix = Browser.visit(
                BrowserHostPage.get()
                    .open(scenario.requests.site.host(), scenario.requests.site.jira(), "relationship-matrix",
                            "/pages/relationship-matrix", BYSTANDER),
                "table td[data-cell]", "satisfaction-matrix-detail", List.of("light", "dark"), null, "td[data-cell]",
                "#satisfaction-trend");
        assertThat(matrix.error()).isNull();
        assertThat(matrix.failedRequests()).isEmpty();
        assertThat(matrix.clicked().text()).contains("Satisfaction").contains("5.0");
    }

    private String page(String moduleKey, String path, String accountId, String width) {
        return BrowserHostPage.get()
            .open(scenario.requests.site.host(), scenario.requests.site.jira(), moduleKey,
                    path + "?issueId=" + issue.id + "&issueKey=" + issue.key, accountId, width);
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

}
