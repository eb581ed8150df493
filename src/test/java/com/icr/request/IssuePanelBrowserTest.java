package com.icr.request;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.Browser.View;
import com.icr.support.BrowserHostPage;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The issue panel and the issue context as Jira shows them on an internal request, in
 * headless Chromium with the real connect-host.js: the reporter's view (who asks whom,
 * the status, what was agreed, no decision controls) and the assignee's decisions, Accept
 * then Decline with a reason and a note with markup, read back through the API, the
 * issue's entity property and the relationship's yes/no figures.
 */
@Tag("browser")
@AppTest
class IssuePanelBrowserTest {

    private static final String READY = "main#app[data-ready=true]";

    private static final String NOTE = "<img src=x onerror=alert(1)> Full until March: <b>ask again</b> in Q1";

    private static final String CONTEXT_WIDTH = "320px";

    private static final List<String> PROBES = List.of("#accept", "#decline", "#decline-form", "#correct",
            "#decision-history li", ".lozenge[data-outcome=awaiting]", ".lozenge[data-outcome=accepted]",
            ".lozenge[data-outcome=declined]", "#decision-history li:first-child[data-decision=declined]",
            ".clock[data-clock][data-state=running]", "img:not(.avatar)", "b", ".person img.avatar");

    @LocalServerPort
    int port;

    RequestScenario scenario;

    JiraIssueJson issue;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        // Jira knows the people by name: the pages show names, never account ids
        scenario.site.jiraSite().user(REPORTER, "Rita Reporter", "en_US").user(ASSIGNEE, "Alan Assignee", "en_GB");
        issue = scenario.newIssue().summary("Reconcile the Q4 pipeline with the ledger");
        assertThat(scenario.created(issue).status()).isEqualTo(204);
        scenario.settled(REPORTER, issue.id, "internal");
    }

    @Test
    void theReporterSeesWhoAsksWhomTheStatusAndWhatWasAgreedButNoDecisionControls() {
        int bulkCalls = scenario.site.jiraSite().bulkUserCalls();
        Report context = Browser.visit(
                page("internal-request-context", "/pages/issue-context", REPORTER, CONTEXT_WIDTH), READY,
                "issue-context-reporter", List.of("light", "dark"), PROBES, List.of());

        assertClean(context);
        View light = context.view("light");
        assertThat(light.text()).contains("Sales → Finance").contains("First response due in");
        assertThat(light.text().toLowerCase()).as("the lozenge, in capitals").contains("awaiting decision");
        assertThat(light.count(".lozenge[data-outcome=awaiting]")).isEqualTo(1);
        assertThat(context.view("dark").background()).isNotEqualTo(light.background());

        Report panel = Browser.visit(page("internal-request-panel", "/pages/issue-panel", REPORTER, "100%"), READY,
                "issue-panel-reporter", List.of("light", "dark"), PROBES, List.of());

        assertClean(panel);
        View view = panel.view("light");
        assertThat(view.text().toLowerCase()).contains("awaiting decision");
        assertThat(view.text()).contains("Sales → Finance")
            .contains(RequestScenario.EXPECTATIONS) // its markup shown as text
            .contains("Deal data in the CRM by the 25th")
            .contains("Monthly pipeline report")
            .contains("The providing department decides")
            .contains("Rita Reporter")
            .contains("Alan Assignee")
            .doesNotContain(REPORTER)
            .doesNotContain(ASSIGNEE);
        assertThat(view.count(".person img.avatar")).as("the reporter's and the assignee's avatars")
            .isGreaterThanOrEqualTo(2);
        assertThat(scenario.site.jiraSite().bulkUserCalls() - bulkCalls)
            .as("one bulk call for the people of both pages: the panel finds them kept")
            .isEqualTo(1);
        assertThat(view.count(".lozenge[data-outcome=awaiting]")).isEqualTo(1);
        assertThat(view.count("#accept")).isZero();
        assertThat(view.count("#decline")).isZero();
        assertThat(view.count(".clock[data-clock][data-state=running]")).isEqualTo(2);
        assertThat(view.count("b") + view.count("img:not(.avatar)")).isZero();
        assertThat(panel.view("dark").background()).isNotEqualTo(view.background());
    }

    @Test
    void theAssigneeAcceptsThenDeclinesWithAReasonAndANoteAndEveryoneSeesTheHistory() {
        Report panel = Browser.visit(page("internal-request-panel", "/pages/issue-panel", ASSIGNEE, "100%"), READY,
                "issue-panel-assignee", List.of("light"), PROBES,
                List.of(Step.click("#accept"), Step.waitFor(".lozenge[data-outcome=accepted]"),
                        Step.snapshot("accepted"), Step.click("#decline"), Step.waitFor("#decline-form"),
                        Step.select("#decline-reason", "no-capacity"), Step.fill("#decline-note", NOTE),
                        Step.snapshot("decline-form"), Step.click("#decline-confirm"),
                        Step.waitFor(".lozenge[data-outcome=declined]"), Step.snapshot("declined"), Step.theme("dark"),
                        Step.snapshot("declined-dark")));

        assertClean(panel);
        View before = panel.view("light");
        assertThat(before.count(".lozenge[data-outcome=awaiting]")).isEqualTo(1);
        assertThat(before.count("#accept")).isEqualTo(1);
        assertThat(before.count("#decision-history li")).isZero();
        assertThat(before.text()).contains("No decision yet.");

        View accepted = panel.step("accepted");
        assertThat(accepted.count(".lozenge[data-outcome=accepted]")).isEqualTo(1);
        assertThat(accepted.count("#decision-history li")).isEqualTo(1);
        assertThat(accepted.count("#accept")).as("accepting again changes nothing").isZero();
        assertThat(accepted.text()).contains("Accepted.")
            .containsPattern("by\\s+Alan Assignee")
            .doesNotContain(ASSIGNEE);

        assertThat(panel.step("decline-form").count("#decline-form")).isEqualTo(1);

        View declined = panel.step("declined");
        assertThat(declined.count(".lozenge[data-outcome=declined]")).isEqualTo(1);
        assertThat(declined.count(".lozenge[data-outcome=accepted]")).isZero();
        assertThat(declined.count("#decision-history li")).isEqualTo(2);
        assertThat(declined.count("#decline-form")).isZero();
        assertThat(declined.count("#accept")).as("a decline can still be changed").isEqualTo(1);
        assertThat(declined.text()).contains("Declined: No capacity this period.")
            .contains(NOTE)
            .contains("No capacity this period");
        assertThat(declined.count("#decision-history li:first-child[data-decision=declined]")).as("newest first")
            .isEqualTo(1);
        assertThat(declined.count("img:not(.avatar)") + declined.count("b")).isZero();
        assertThat(panel.step("declined-dark").background()).isNotEqualTo(declined.background());

        Map<String, Object> view = scenario.view(ASSIGNEE, issue.id).json();
        assertThat(asMap(view.get("decision"))).containsEntry("outcome", "declined")
            .containsEntry("reason", "no-capacity")
            .containsEntry("note", NOTE)
            .containsEntry("byAccountId", ASSIGNEE);
        List<?> history = (List<?>) view.get("history");
        assertThat(history).hasSize(2);
        assertThat(asMap(history.get(1))).containsEntry("outcome", "accepted").containsEntry("byAccountId", ASSIGNEE);

        Map<String, Object> property = Eventually.await("the entity property to say declined",
                () -> scenario.property(issue.id), p -> p != null && "declined".equals(p.get("decision")));
        assertThat(property).containsEntry("internal", true)
            .containsEntry("provider", "Finance")
            .containsEntry("customer", "Sales")
            .containsEntry("declineReason", "no-capacity");

        Map<String, Object> figures = scenario.site
            .as(REPORTER, "GET", "/api/relationships/" + scenario.relationshipId + "/decisions", null)
            .json();
        assertThat(figures).containsEntry("yes", 0).containsEntry("no", 1);
        assertThat(asMap(((List<?>) figures.get("reasons")).get(0))).containsEntry("reason", "no-capacity")
            .containsEntry("count", 1);
        assertThat(asMap(((List<?>) figures.get("declined")).get(0))).containsEntry("issueKey", issue.key)
            .containsEntry("note", NOTE);

        Report context = Browser.visit(
                page("internal-request-context", "/pages/issue-context", REPORTER, CONTEXT_WIDTH), READY,
                "issue-context-declined", List.of("light", "dark"), PROBES, List.of());

        assertClean(context);
        assertThat(context.view("light").count(".lozenge[data-outcome=declined]")).isEqualTo(1);
        assertThat(context.view("light").text()).contains("Sales → Finance")
            .contains("Reason: No capacity this period");
        assertThat(context.view("light").text().toLowerCase()).contains("declined");
    }

    private String page(String moduleKey, String path, String accountId, String width) {
        return BrowserHostPage.get()
            .open(scenario.site.host(), scenario.site.jira(), moduleKey,
                    path + "?issueId=" + issue.id + "&issueKey=" + issue.key, accountId, width);
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

}
