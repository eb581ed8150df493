package com.icr.satisfaction;

import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A check of a relationship with its own questionnaire, in headless Chromium with the
 * real connect-host.js: the reporter sees 0 to 10 and the extra questions (the required
 * one marked) in both themes, answers them, and the answer shows them.
 */
@Tag("browser")
@AppTest
class QuestionnaireBrowserTest {

    private static final String READY = "main#app[data-ready=true]";

    private static final List<String> PROBES = List.of("#satisfaction-form", "input[name=rating]",
            "input[name='answers.channel']", "textarea[name='answers.q1']", "#satisfaction-correctable",
            ".answer__extra dd", "#satisfaction-form [role=alert]");

    @LocalServerPort
    int port;

    @Test
    void theReporterAnswersTheRelationshipsOwnQuestionnaire() {
        CheckScenario scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        assertThat(scenario.requests.site
            .asAdmin("PUT", "/api/relationships/" + scenario.requests.relationshipId + "/questionnaire",
                    QuestionnaireTest.nps())
            .status()).isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));
        scenario.awaitCurrent(issue.id, "awaiting");

        Report panel = Browser.visit(
                BrowserHostPage.get()
                    .open(scenario.requests.site.host(), scenario.requests.site.jira(), "internal-request-panel",
                            "/pages/issue-panel?issueId=" + issue.id + "&issueKey=" + issue.key, REPORTER, "100%"),
                READY, "questionnaire-panel-reporter", List.of("light", "dark"), PROBES,
                List.of(Step.click("label[for=rating-9]"), Step.click("label[for=met-yes]"),
                        Step.click("#satisfaction-submit"), Step.waitFor("#satisfaction-form [role=alert]"),
                        Step.snapshot("required-missing"), Step.click("label[for=question-0-1]"),
                        Step.click("label[for=question-1-partly]"), Step.fill("#question-2", "Keep the portal"),
                        Step.click("#satisfaction-submit"), Step.waitFor("#satisfaction-correctable"),
                        Step.snapshot("answered"), Step.theme("dark"), Step.snapshot("answered-dark")));

        assertThat(panel.error()).isNull();
        assertThat(panel.pageErrors()).isEmpty();
        assertThat(panel.consoleErrors()).allMatch(e -> e.contains("400"));
        for (String theme : List.of("light", "dark")) {
            assertThat(panel.view(theme).count("input[name=rating]")).isEqualTo(11);
            assertThat(panel.view(theme).count("input[name='answers.channel']")).isEqualTo(3);
            assertThat(panel.view(theme).text()).contains("How did you reach us? (required)")
                .contains("Would you ask us again? (optional)");
        }
        assertThat(panel.step("required-missing").text()).contains("it is required");
        assertThat(panel.step("answered").count(".answer__extra dd")).isEqualTo(3);
        assertThat(panel.step("answered").text()).contains("Rating 9 of 10").contains("Keep the portal");
        Map<String, Object> answer = scenario
            .asMapList(asMap(scenario.satisfaction(REPORTER, issue.id).json().get("current")).get("answers"))
            .get(0);
        assertThat(asMap(answer.get("answers"))).containsEntry("channel", "Portal")
            .containsEntry("again", "partly")
            .containsEntry("q1", "Keep the portal");
    }

}
