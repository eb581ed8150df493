package com.icr.satisfaction;

import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workflow status as the trigger instead of the resolution: entering it opens one check
 * (redelivered, still one), leaving it follows the reopen rule, entering it again opens
 * the next; the resolution opens none. The policy refuses a status trigger without its
 * status.
 */
@AppTest
class StatusTriggerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    CheckScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
    }

    private Response policy(Map<String, Object> body) {
        return scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", body);
    }

    private Map<String, Object> inStatus(JiraIssueJson issue, String id, String name, Instant at) {
        issue.workflowStatus(id, name, "indeterminate").updated(at);
        scenario.requests.site.jiraSite().issue(issue);
        return issue.webhook("jira:issue_updated", at.toEpochMilli());
    }

    private int checksOf(String issueId) {
        return jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                issueId);
    }

    @Test
    void aStatusTriggerNeedsItsStatusAndNamesTheField() {
        Response refused = policy(Map.of("trigger", "status"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("triggerStatus");
        Response wrong = policy(Map.of("trigger", "transition"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"trigger\"");
        assertThat(policy(Map.of("trigger", "status", "triggerStatus", "x".repeat(256))).status()).isEqualTo(400);

        Response saved = policy(Map.of("trigger", "status", "triggerStatus", " In Review "));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("trigger", "status").containsEntry("triggerStatus", "In Review");
    }

    @Test
    void enteringTheChosenStatusOpensOneCheckAndEnteringItAgainTheNext() {
        assertThat(policy(Map.of("trigger", "status", "triggerStatus", "in review")).status()).isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

        Map<String, Object> entered = inStatus(issue, "10004", "In Review", t0);
        scenario.deliver(entered);
        scenario.deliver(new HashMap<>(entered)); // the same event under another delivery
        Map<String, Object> first = scenario.awaitCurrent(issue.id, "awaiting");
        assertThat(first).containsEntry("trigger", "status")
            .containsEntry("resolvedAt", t0.toString())
            .containsEntry("asked", List.of(REPORTER));
        // another change while in the status: still the same check
        scenario.deliver(inStatus(issue, "10004", "In Review", t0.plusSeconds(5)));
        Eventually.await("every delivery worked off", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where state = 'PENDING' and next_attempt_at < current_timestamp + 1 minute and payload like ?",
                Integer.class, "%" + issue.id + "%"), n -> n == 0);
        assertThat(checksOf(issue.id)).isEqualTo(1);

        // back to work: the unanswered check is cancelled as on a reopen; in review
        // again:
        // the next check
        scenario.deliver(inStatus(issue, "3", "In Progress", t0.plusSeconds(10)));
        // people take seconds between transitions: the next one comes once this one is in
        scenario.awaitChecks(REPORTER, issue.id, "the check cancelled",
                h -> h.stream().anyMatch(c -> "cancelled".equals(c.get("state"))));
        scenario.deliver(inStatus(issue, "10004", "In Review", t0.plusSeconds(20)));
        Map<String, Object> view = scenario.awaitChecks(REPORTER, issue.id, "two checks",
                h -> h.size() == 2 && h.stream().anyMatch(c -> "awaiting".equals(c.get("state"))));
        assertThat(asMap(view.get("current"))).containsEntry("resolvedAt", t0.plusSeconds(20).toString());
        assertThat(scenario.asMapList(view.get("history")).get(1)).containsEntry("state", "cancelled")
            .containsEntry("cancelReason", "reopened");
    }

    @Test
    void underAStatusTriggerTheResolutionOpensNoCheck() {
        assertThat(policy(Map.of("trigger", "status", "triggerStatus", "10004")).status()).isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

        scenario.deliver(scenario.resolvedBody(issue, t0));
        Eventually.await("the resolution worked off", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where state = 'PENDING' and next_attempt_at < current_timestamp + 1 minute and payload like ?",
                Integer.class, "%" + issue.id + "%"), n -> n == 0);
        assertThat(checksOf(issue.id)).isZero();

        // by id: the status 10004, whatever its name
        scenario.deliver(inStatus(issue, "10004", "Waiting for sign-off", t0.plusSeconds(10)));
        assertThat(scenario.awaitCurrent(issue.id, "awaiting")).containsEntry("trigger", "status");
    }

}
