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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JQL filter on the satisfaction policy: when a check is due, the stand-in Jira's JQL
 * match API decides whether the issue is asked; a filter Jira rejects is refused when
 * saved (naming the field, with Jira's words), and one it rejects later is reported on
 * the policy while nobody is asked.
 */
@AppTest
class JqlFilterTest {

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

    private Map<String, Object> policy() {
        return scenario.requests.site.asAdmin("GET", "/api/satisfaction/policy", null).json();
    }

    private JiraIssueJson createdIssue(String... components) {
        JiraIssueJson issue = scenario.requests.newIssue();
        for (String component : components) {
            issue.component(component);
        }
        scenario.requests.site.jiraSite().issue(issue);
        assertThat(scenario.requests.created(issue).status()).isEqualTo(204);
        return issue;
    }

    private Map<String, Object> awaitCancelled(String issueId) {
        Map<String, Object> view = scenario.awaitChecks(REPORTER, issueId, "a cancelled check",
                h -> h.stream().anyMatch(c -> "cancelled".equals(c.get("state"))));
        return scenario.asMapList(view.get("history")).get(0);
    }

    @Test
    void onlyIssuesThatMatchTheFilterAreAsked() {
        Response saved = policy(Map.of("jqlFilter", "  project = FIN AND component in (77, \"Component 78\") "));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("jqlFilter", "project = FIN AND component in (77, \"Component 78\")");
        int jqlCalls = scenario.requests.site.jiraSite().jqlCalls();
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

        JiraIssueJson matching = createdIssue("78");
        scenario.deliver(scenario.resolvedBody(matching, t0));
        assertThat(scenario.awaitCurrent(matching.id, "awaiting")).containsEntry("asked", List.of(REPORTER));
        Eventually.await("the reporter told", () -> scenario.notificationsAbout(matching.id), n -> n.size() == 1);

        JiraIssueJson other = createdIssue("12");
        scenario.deliver(scenario.resolvedBody(other, t0));
        assertThat(awaitCancelled(other.id)).containsEntry("cancelReason", "filtered");
        assertThat(scenario.notificationsAbout(other.id)).isEmpty();
        assertThat(scenario.satisfaction(REPORTER, other.id).json().get("current")).isNull();
        // the same resolution delivered again: still the one, filtered, check
        scenario.deliver(scenario.resolvedBody(other, t0));
        Eventually.await("the redelivery worked off", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where state = 'PENDING' and next_attempt_at < current_timestamp + 1 minute and payload like ?",
                Integer.class, "%" + other.id + "%"), n -> n == 0);
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                other.id))
            .isEqualTo(1);
        // Jira decided each: one match call per due check
        assertThat(scenario.requests.site.jiraSite().jqlCalls() - jqlCalls).isEqualTo(2);
    }

    @Test
    void aFilterJiraRejectsIsRefusedWhenSavedAndChangesNothing() {
        Map<String, Object> before = policy();
        Response refused = policy(Map.of("jqlFilter", "priority = High", "expiryDays", 14));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"jqlFilter\"")
            .contains("Field 'priority' does not exist or you do not have permission to view it.");
        assertThat(policy()).isEqualTo(before);

        Response tooLong = policy(Map.of("jqlFilter", "project = " + "X".repeat(2000)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"jqlFilter\"");
        assertThat(policy()).isEqualTo(before);
    }

    @Test
    void aFilterJiraRejectsWhenACheckIsDueIsReportedOnThePolicyAndNobodyIsAsked() {
        assertThat(policy(Map.of("jqlFilter", "project = FIN")).status()).isEqualTo(200);
        // since it was saved, Jira lost a field the filter names (the stand-in knows no
        // priority)
        jdbc.update("update satisfaction_policy set jql_filter = 'priority = High' where jql_filter = 'project = FIN'");
        JiraIssueJson issue = createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS)));

        assertThat(awaitCancelled(issue.id)).containsEntry("cancelReason", "filter-rejected");
        assertThat(scenario.notificationsAbout(issue.id)).isEmpty();
        Map<String, Object> problem = asMap(
                Eventually.await("the problem reported", this::policy, p -> p.get("filterProblem") != null)
                    .get("filterProblem"));
        assertThat(problem).containsEntry("issueKey", issue.key);
        assertThat((String) problem.get("message")).contains("Field 'priority' does not exist");
        assertThat(problem.get("at")).isNotNull();

        // a new filter: the old one's problem goes
        Response fixed = policy(Map.of("jqlFilter", "project = FIN"));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("filterProblem")).isNull();
    }

}
