package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static com.icr.satisfaction.CheckScenario.states;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When checks open, and what reopening, resolving again and deleting do to them (README,
 * "Satisfaction checks"), with Jira's webhooks retried, duplicated in parallel and out of
 * order.
 */
@AppTest
class CheckLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    CheckScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void aResolvedRequestAsksItsReporterThroughJiraWithALinkAndTheEntityPropertySaysSo() {
        JiraIssueJson issue = scenario.createdIssue();
        Instant resolved = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        scenario.deliver(scenario.resolvedBody(issue, resolved));

        Map<String, Object> check = scenario.awaitCurrent(issue.id, "awaiting");
        assertThat(check).containsEntry("asked", List.of(REPORTER)).containsEntry("resolvedAt", resolved.toString());
        assertThat(asMap(check.get("you"))).containsEntry("asked", true).containsEntry("canAnswer", true);
        FakeJira.Notification asked = Eventually
            .await("the notification", () -> scenario.notificationsAbout(issue.id), n -> !n.isEmpty())
            .get(0);
        assertThat(asked.users()).containsExactly(REPORTER);
        assertThat(asked.subject()).contains(issue.key).contains("Finance");
        assertThat(asked.textBody()).contains(scenario.requests.site.jiraSite().baseUrl() + "/browse/" + issue.key);
        assertThat(asked.htmlBody())
            .contains("href=\"" + scenario.requests.site.jiraSite().baseUrl() + "/browse/" + issue.key + "\"");
        Map<String, Object> property = Eventually.await("the property to say awaiting",
                () -> scenario.requests.property(issue.id), p -> p != null && "awaiting".equals(p.get("satisfaction")));
        assertThat(property).containsEntry("rating", null).containsEntry("met", null);
    }

    @Test
    void theSameResolutionFiveTimesTwoOfThemInParallelOpensOneCheck() throws Exception {
        JiraIssueJson issue = scenario.createdIssue();
        Map<String, Object> body = scenario.resolvedBody(issue, Instant.now());
        String identifier = "resolution-" + issue.id;
        var host = scenario.requests.site.host();
        var jira = scenario.requests.site.jira();

        assertThat(host.webhook(jira, "/webhooks/jira/issue", body, identifier, 0).status()).isEqualTo(204);
        List<CompletableFuture<Integer>> parallel = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            int retry = i;
            parallel.add(CompletableFuture
                .supplyAsync(() -> host.webhook(jira, "/webhooks/jira/issue", body, identifier, retry).status()));
        }
        for (CompletableFuture<Integer> f : parallel) {
            assertThat(f.get()).isEqualTo(204);
        }
        assertThat(host.webhook(jira, "/webhooks/jira/issue", body, identifier, 3).status()).isEqualTo(204);
        // the same resolution under another identifier, as a second webhook registration
        // would send it
        assertThat(host.webhook(jira, "/webhooks/jira/issue", body, identifier + "-other", 0).status()).isEqualTo(204);

        scenario.awaitCurrent(issue.id, "awaiting");
        Eventually.await("every delivery worked off", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where state = 'PENDING' and next_attempt_at < current_timestamp + 1 minute and payload like ?",
                Integer.class, "%" + issue.id + "%"), n -> n == 0);
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                issue.id))
            .isEqualTo(1);
        assertThat(Eventually.await("one notification", () -> scenario.notificationsAbout(issue.id), n -> !n.isEmpty()))
            .hasSize(1);
    }

    @Test
    void resolveReopenResolveOpensTwoChecksAndOnlyTheLatestWaitsForAnAnswerInWhateverOrderTheyCome() {
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS); // after
                                                                                  // the
                                                                                  // created
                                                                                  // event
        List<List<Integer>> orders = List.of(List.of(0, 1, 2), List.of(2, 1, 0), List.of(1, 2, 0));
        List<List<String>> outcomes = new ArrayList<>();
        for (List<Integer> order : orders) {
            JiraIssueJson issue = scenario.createdIssue();
            List<Map<String, Object>> bodies = List.of(scenario.resolvedBody(issue, t0.plusSeconds(10)),
                    scenario.reopenedBody(issue, t0.plusSeconds(20)), scenario.resolvedBody(issue, t0.plusSeconds(30)));
            order.forEach(i -> scenario.deliver(bodies.get(i)));

            Map<String, Object> view = scenario.awaitChecks(REPORTER, issue.id, "two checks",
                    h -> h.size() == 2 && h.stream().noneMatch(c -> "scheduled".equals(c.get("state"))));
            outcomes.add(states(scenario.asMapList(view.get("history"))));
            Map<String, Object> current = asMap(view.get("current"));
            assertThat(current).containsEntry("resolvedAt", t0.plusSeconds(30).toString())
                .containsEntry("state", "awaiting");
            Map<String, Object> earlier = scenario.asMapList(view.get("history")).get(1);
            assertThat(earlier).containsEntry("state", "cancelled").containsEntry("cancelReason", "reopened");
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o).containsExactly("awaiting", "cancelled"));
    }

    @Test
    void anAnsweredCheckStaysWhenTheIssueIsReopenedAndIsSupersededByTheNextResolution() {
        JiraIssueJson issue = scenario.createdIssue();
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS); // after
                                                                                  // the
                                                                                  // created
                                                                                  // event
        scenario.deliver(scenario.resolvedBody(issue, t0));
        String first = (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
        assertThat(scenario.answer(REPORTER, first, Map.of("rating", 2, "met", "partly", "comment", "Late, but fine"))
            .status()).isEqualTo(200);

        scenario.deliver(scenario.reopenedBody(issue, t0.plusSeconds(5)));
        Map<String, Object> reopened = scenario.awaitChecks(REPORTER, issue.id, "the answered check closed",
                h -> h.size() == 1 && asMap(h.get(0).get("you")).get("canAnswer").equals(true)
                        && h.get(0).get("answers") != null);
        assertThat(asMap(reopened.get("current"))).containsEntry("state", "answered")
            .containsEntry("superseded", false);

        scenario.deliver(scenario.resolvedBody(issue, t0.plusSeconds(10)));
        Map<String, Object> again = scenario.awaitChecks(REPORTER, issue.id, "a second check", h -> h.size() == 2);
        List<Map<String, Object>> history = scenario.asMapList(again.get("history"));
        assertThat(history.get(0)).containsEntry("state", "awaiting").containsEntry("superseded", false);
        assertThat(history.get(1)).containsEntry("id", first)
            .containsEntry("state", "answered")
            .containsEntry("superseded", true);
        assertThat(asMap(again.get("current"))).containsEntry("id", history.get(0).get("id"));
    }

    @Test
    void deletingTheIssueCancelsItsChecksAnsweredOnesToo() {
        JiraIssueJson answeredIssue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(answeredIssue, Instant.now()));
        String id = (String) scenario.awaitCurrent(answeredIssue.id, "awaiting").get("id");
        assertThat(scenario.answer(REPORTER, id, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(200);
        JiraIssueJson openIssue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(openIssue, Instant.now()));
        scenario.awaitCurrent(openIssue.id, "awaiting");

        scenario.deliver(scenario.deletedBody(answeredIssue, Instant.now().plusSeconds(1)));
        scenario.deliver(scenario.deletedBody(openIssue, Instant.now().plusSeconds(1)));

        for (String issueId : List.of(answeredIssue.id, openIssue.id)) {
            Eventually.await("the check cancelled",
                    () -> jdbc.queryForList("select status, cancel_reason from satisfaction_check where issue_id = ?",
                            issueId),
                    rows -> rows.size() == 1 && "CANCELLED".equals(rows.get(0).get("STATUS"))
                            && "DELETED".equals(rows.get(0).get("CANCEL_REASON")));
        }
    }

    @Test
    void aResolutionOfAnIssueThatIsNotAnInternalRequestOpensNoCheck() {
        JiraIssueJson issue = new JiraIssueJson(String.valueOf(900_000 + (System.nanoTime() % 90_000)), "OPS-1", "OPS")
            .reporter(REPORTER)
            .assignee(ASSIGNEE)
            .created(Instant.now().minusSeconds(60));
        scenario.requests.site.jiraSite().issue(issue);
        scenario.deliver(issue.webhook("jira:issue_created", Instant.now().toEpochMilli()));
        scenario.deliver(scenario.resolvedBody(issue, Instant.now()));

        scenario.requests.settled(REPORTER, issue.id, "not-internal");
        Eventually.await("the resolution worked off", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where state = 'PENDING' and payload like ? and topic = 'issue-event'",
                Integer.class, "%" + issue.id + "%"), n -> n == 0);
        assertThat(scenario.satisfaction(REPORTER, issue.id).jsonList("history")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_check where issue_id = ?", Integer.class,
                issue.id))
            .isZero();
    }

}
