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
import com.icr.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site's policy, and the jobs it schedules: the delayed question, the reminder, the
 * expiry; Jira's rate limit on notices.
 */
@AppTest
class CheckPolicyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    CheckScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The test's clock jumps hours at once: a delivery held while it jumps would look
     * like a lease run out and be worked again, which real time never does within a
     * lease. Wait until none is held.
     */
    private void inFlightDone() {
        Eventually.await("no delivery in flight",
                () -> jdbc.queryForObject(
                        "select count(*) from intake_delivery where state = 'PENDING' and claimed_until is not null",
                        Integer.class),
                n -> n == 0);
    }

    private Response policy(String accountId, Object body) {
        return scenario.requests.site.as(accountId, "PUT", "/api/satisfaction/policy", body);
    }

    @Test
    void everyoneReadsThePolicyOnlyAdministratorsChangeItAndBadInputChangesNothing() {
        Map<String, Object> defaults = scenario.requests.site.as(BYSTANDER, "GET", "/api/satisfaction/policy", null)
            .json();
        assertThat(defaults).containsEntry("delayMinutes", 0)
            .containsEntry("asked", "reporter")
            .containsEntry("expiryDays", 7)
            .containsEntry("reminderDays", 3)
            .containsEntry("projects", List.of())
            .containsEntry("clarity", false);
        assertThat(policy(BYSTANDER, Map.of("delayMinutes", 5)).status()).isEqualTo(403);

        Map<Map<String, Object>, String> bad = new HashMap<>();
        bad.put(Map.of("delayMinutes", -1), "delayMinutes");
        bad.put(Map.of("delayMinutes", 20_000), "delayMinutes");
        bad.put(Map.of("asked", "everyone"), "asked");
        bad.put(Map.of("expiryDays", 0), "expiryDays");
        bad.put(Map.of("expiryDays", 5, "reminderDays", 5), "reminderDays");
        bad.put(Map.of("projects", List.of("FIN", "not a key")), "projects");
        bad.forEach((body, field) -> {
            Response answer = scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", body);
            assertThat(answer.status()).as(body.toString()).isEqualTo(400);
            assertThat(answer.json()).containsEntry("field", field);
        });
        assertThat(scenario.requests.site.as(BYSTANDER, "GET", "/api/satisfaction/policy", null).json())
            .isEqualTo(defaults);

        Response saved = scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", Map.of("delayMinutes", 30,
                "asked", "customer-members", "expiryDays", 10, "projects", List.of("fin", "OPS"), "clarity", true));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("reminderDays", null).containsEntry("projects", List.of("FIN", "OPS"));
    }

    @Test
    void aDelayedCheckIsAskedWhenItsTimeComesThenRemindedOnceThenExpires() {
        assertThat(scenario.requests.site
            .asAdmin("PUT", "/api/satisfaction/policy", Map.of("delayMinutes", 60, "reminderDays", 2, "expiryDays", 5))
            .status()).isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        Instant resolved = Instant.now().plusSeconds(1);
        scenario.deliver(scenario.resolvedBody(issue, resolved));
        Map<String, Object> scheduled = scenario.awaitCurrent(issue.id, "scheduled");
        assertThat(Instant.parse((String) scheduled.get("askAt")))
            .isEqualTo(resolved.plus(Duration.ofMinutes(60)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(scenario.notificationsAbout(issue.id)).isEmpty();

        inFlightDone();
        clock.advance(Duration.ofMinutes(61));
        Map<String, Object> asked = scenario.awaitCurrent(issue.id, "awaiting");
        Eventually.await("the question sent", () -> scenario.notificationsAbout(issue.id), n -> n.size() == 1);

        inFlightDone();
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        Eventually.await("the reminder sent", () -> scenario.notificationsAbout(issue.id), n -> n.size() == 2);
        assertThat(scenario.notificationsAbout(issue.id).get(1).subject()).startsWith("Reminder");
        inFlightDone();
        clock.advance(Duration.ofHours(12));
        Eventually.await("the reminder job done",
                () -> jdbc.queryForObject(
                        "select count(*) from intake_delivery where delivery_key = ? and state = 'DONE'", Integer.class,
                        "check-remind:" + asked.get("id")),
                n -> n == 1);

        inFlightDone();
        clock.advance(Duration.ofDays(3));
        Map<String, Object> expired = scenario.awaitCurrent(issue.id, "expired");
        assertThat(scenario.notificationsAbout(issue.id)).hasSize(2);
        assertThat(scenario.answer(REPORTER, (String) expired.get("id"), Map.of("rating", 4, "met", "yes")).status())
            .isEqualTo(409);
        Eventually.await("the property says expired", () -> scenario.requests.property(issue.id),
                p -> p != null && "expired".equals(p.get("satisfaction")));
    }

    @Test
    void onlyTheProjectsThatTakePartOpenChecks() {
        assertThat(scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", Map.of("projects", List.of("OPS")))
            .status()).isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));

        Eventually.await("the resolution worked off",
                () -> jdbc.queryForObject(
                        "select count(*) from internal_request where issue_id = ? and resolved_at is not null",
                        Integer.class, issue.id),
                n -> n == 1);
        assertThat(scenario.satisfaction(REPORTER, issue.id).jsonList("history")).isEmpty();
    }

    @Test
    void customerMembersAsksTheReporterAndTheWatchersOfTheCustomerDepartment() {
        assertThat(
                scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", Map.of("asked", "customer-members"))
                    .status())
            .isEqualTo(200);
        JiraIssueJson issue = scenario.createdIssue();
        scenario.requests.site.jiraSite().watchers(issue.id, SALES_LEAD, ASSIGNEE, BYSTANDER);
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));

        Map<String, Object> check = scenario.awaitCurrent(issue.id, "awaiting");
        assertThat(check.get("asked")).isEqualTo(List.of(REPORTER, SALES_LEAD));
        assertThat(Eventually.await("the question sent", () -> scenario.notificationsAbout(issue.id), n -> !n.isEmpty())
            .get(0)
            .users()).containsExactly(REPORTER, SALES_LEAD);
        assertThat(scenario.answer(SALES_LEAD, (String) check.get("id"), Map.of("rating", 3, "met", "partly")).status())
            .isEqualTo(200);
        assertThat(asMap(scenario.satisfaction(REPORTER, issue.id).json().get("current"))).containsEntry("state",
                "answered");
        assertThat(scenario.answer(REPORTER, (String) check.get("id"), Map.of("rating", 5, "met", "yes")).status())
            .isEqualTo(200);
    }

    @Test
    void aNoticeJiraRateLimitsIsSentOnceAfterItsRetryAfter() {
        JiraIssueJson issue = scenario.createdIssue();
        scenario.requests.settled(REPORTER, issue.id, "internal");
        Eventually.await("the created issue worked off",
                () -> jdbc.queryForObject(
                        "select count(*) from intake_delivery where state = 'PENDING' and payload like ?",
                        Integer.class, "%" + issue.id + "%"),
                n -> n == 0);
        scenario.requests.site.jiraSite().throttleNext(1, 1);
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));

        Eventually.await("the question sent after the wait", () -> scenario.notificationsAbout(issue.id),
                n -> n.size() == 1, Duration.ofSeconds(20));
        assertThat(scenario.requests.site.jiraSite()
            .calls()
            .stream()
            .filter(c -> c.startsWith("POST /rest/api/3/issue/" + issue.id + "/notify"))
            .count()).as("one refused with 429 or none, then one accepted").isBetween(1L, 2L);
        assertThat(scenario.notificationsAbout(issue.id)).hasSize(1);
    }

}
