package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Ask now" from the issue panel: the provider's side opens a check of an open internal
 * request at once, one at a time; the customer's side and bystanders may not; reopening
 * and resolving leave the asked-now check alone.
 */
@AppTest
class AskNowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    CheckScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
    }

    private Response askNow(String accountId, String issueId) {
        return scenario.requests.site.as(accountId, "POST", "/api/requests/" + issueId + "/satisfaction/checks", null);
    }

    private JiraIssueJson internalRequest() {
        JiraIssueJson issue = scenario.createdIssue();
        scenario.requests.settled(REPORTER, issue.id, "internal");
        return issue;
    }

    @Test
    void someoneOfTheProvidingDepartmentAsksNowAndTheReporterIsAskedAtOnce() {
        JiraIssueJson issue = internalRequest();
        assertThat(scenario.satisfaction(ASSIGNEE, issue.id).json()).containsEntry("canAskNow", true);
        assertThat(scenario.satisfaction(REPORTER, issue.id).json()).containsEntry("canAskNow", false);

        Response asked = askNow(ASSIGNEE, issue.id);

        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Map<String, Object> current = asMap(asked.json().get("current"));
        assertThat(current).containsEntry("trigger", "ask-now")
            .containsEntry("state", "awaiting")
            .containsEntry("asked", List.of(REPORTER));
        assertThat(asked.json()).containsEntry("canAskNow", false);
        assertThat(Eventually.await("the reporter to be notified", () -> scenario.notificationsAbout(issue.id),
                n -> !n.isEmpty()))
            .singleElement()
            .satisfies(n -> assertThat(n.users()).containsExactly(REPORTER));
        Map<String, Object> property = Eventually.await("the property to say awaiting",
                () -> scenario.requests.property(issue.id), p -> p != null && "awaiting".equals(p.get("satisfaction")));
        assertThat(property).containsEntry("satisfaction", "awaiting");
    }

    @Test
    void theCustomersSideAndBystandersMayNotAskNow() {
        JiraIssueJson issue = internalRequest();

        assertThat(askNow(REPORTER, issue.id).status()).isEqualTo(403);
        assertThat(askNow(SALES_LEAD, issue.id).status()).isEqualTo(403);
        Response bystander = askNow(BYSTANDER, issue.id);
        assertThat(bystander.status()).isEqualTo(403);
        assertThat(bystander.body()).contains("providing department");
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                issue.id))
            .isZero();
    }

    @Test
    void aSecondAskWhileTheCheckAwaitsAnswersIsAConflictAndOpensNothing() {
        JiraIssueJson issue = internalRequest();
        assertThat(askNow(ASSIGNEE, issue.id).status()).isEqualTo(201);

        Response again = askNow(ASSIGNEE, issue.id);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("still to be asked or awaits answers");
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                issue.id))
            .isEqualTo(1);
    }

    @Test
    void anAnsweredAskedNowCheckAllowsTheNextAndReopeningLeavesItAlone() {
        JiraIssueJson issue = internalRequest();
        String first = (String) asMap(askNow(ASSIGNEE, issue.id).json().get("current")).get("id");
        assertThat(scenario.answer(REPORTER, first, Map.of("rating", 4, "met", "yes", "comment", "")).status())
            .isEqualTo(200);

        // a resolution and a reopening: the resolution's check is cancelled, the
        // asked-now
        // one stays answered
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        scenario.deliver(scenario.resolvedBody(issue, t0));
        scenario.awaitCurrent(issue.id, "awaiting");
        scenario.deliver(scenario.reopenedBody(issue, t0.plusSeconds(10)));
        Map<String, Object> view = scenario.awaitChecks(REPORTER, issue.id, "the resolution's check cancelled",
                h -> h.stream().anyMatch(c -> "cancelled".equals(c.get("state"))));
        Map<String, Object> askedNow = scenario.asMapList(view.get("history"))
            .stream()
            .filter(c -> first.equals(c.get("id")))
            .findFirst()
            .orElseThrow();
        assertThat(askedNow).containsEntry("state", "answered").containsEntry("trigger", "ask-now");

        Response next = askNow(ASSIGNEE, issue.id);
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(asMap(next.json().get("current"))).containsEntry("trigger", "ask-now")
            .containsEntry("state", "awaiting");
    }

}
