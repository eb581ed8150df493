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
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The specification on the issue panel in headless Chromium with the real
 * connect-host.js: the requester ticks the agreement's checklist (one item does not
 * apply, with why) and the provider sees how complete it is before deciding, in the light
 * and the dark theme.
 */
@Tag("browser")
@AppTest
class SpecificationBrowserTest {

    private static final String READY = "main#app[data-ready=true]";

    private static final String SECTION = "section[data-section=specification][data-ready=true]";

    private static final List<String> PROBES = List.of("#specification-form", ".checklist__item",
            ".checklist__item[data-state=not-applicable]", ".specification__summary[data-complete=false]",
            "#specification-2-reason[aria-invalid=true]", "#accept", "b");

    @LocalServerPort
    int port;

    @Test
    void theRequesterTicksTheChecklistAndTheProviderSeesHowCompleteBeforeDeciding() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        scenario.site.jiraSite().user(REPORTER, "Rita Reporter", "en_US").user(ASSIGNEE, "Alan Assignee", "en_GB");
        SpecificationApiTest.agreeChecklist(scenario.site, scenario.relationshipId, scenario.finance, scenario.sales,
                SpecificationApiTest.CHECKLIST);
        JiraIssueJson issue = scenario.newIssue().summary("Reconcile the Q4 pipeline with the ledger");
        assertThat(scenario.created(issue).status()).isEqualTo(204);
        scenario.settled(REPORTER, issue.id, "internal");

        Report requester = Browser.visit(page(scenario, issue, REPORTER), READY, "specification-requester",
                List.of("light"), PROBES,
                List.of(Step.waitFor(SECTION), Step.scroll("#specification-title"), Step.snapshot("open"),
                        Step.click("label[for=specification-0-specified]"),
                        Step.click("label[for=specification-2-not-applicable]"), Step.click("#specification-save"),
                        Step.waitFor("#specification-2-reason[aria-invalid=true]"), Step.snapshot("reason-asked"),
                        Step.fill("#specification-2-reason", "The <b>controller</b> signs every report anyway"),
                        Step.click("#specification-save"), Step.waitFor("#specification-status:not(:empty)"),
                        Step.snapshot("ticked"), Step.theme("dark"), Step.snapshot("ticked-dark")));

        assertClean(requester);
        assertThat(requester.step("open").count("#specification-form")).isEqualTo(1);
        assertThat(requester.step("reason-asked").count("#specification-2-reason[aria-invalid=true]")).isEqualTo(1);
        View ticked = requester.step("ticked");
        assertThat(ticked.text()).contains("Specification saved: incomplete (2 of 3).").contains("2 of 3 specified");
        assertThat(ticked.count("b")).isZero();
        assertThat(requester.step("ticked-dark").background()).isNotEqualTo(ticked.background());

        Map<String, Object> saved = scenario.site
            .as(REPORTER, "GET", "/api/requests/" + issue.id + "/specification", null)
            .json();
        assertThat(saved).containsEntry("specified", 2).containsEntry("complete", false);

        Report provider = Browser.visit(page(scenario, issue, ASSIGNEE), READY, "specification-provider",
                List.of("light"), PROBES, List.of(Step.waitFor(SECTION), Step.scroll("#specification-title"),
                        Step.snapshot("before-deciding"), Step.theme("dark"), Step.snapshot("before-deciding-dark")));

        assertClean(provider);
        View before = provider.step("before-deciding");
        assertThat(before.count("#specification-form")).isZero();
        assertThat(before.count(".checklist__item")).isEqualTo(3);
        assertThat(before.count(".checklist__item[data-state=not-applicable]")).isEqualTo(1);
        assertThat(before.count(".specification__summary[data-complete=false]")).isEqualTo(1);
        assertThat(before.count("#accept")).as("the decision controls below it").isEqualTo(1);
        assertThat(before.text()).contains("2 of 3 specified")
            .contains("Does not apply: The <b>controller</b> signs every report anyway");
        assertThat(provider.step("before-deciding-dark").background()).isNotEqualTo(before.background());
    }

    private static String page(RequestScenario scenario, JiraIssueJson issue, String accountId) {
        return BrowserHostPage.get()
            .open(scenario.site.host(), scenario.site.jira(), "internal-request-panel",
                    "/pages/issue-panel?issueId=" + issue.id + "&issueKey=" + issue.key, accountId, "100%");
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

}
