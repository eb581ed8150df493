package com.icr.request;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.DatabaseOutage;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jira's issue webhooks as Jira really sends them: signed, retried under the same
 * identifier, duplicated in parallel, out of order, malformed, and while the database is
 * down.
 */
@AppTest
class IssueWebhookTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RequestScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
    }

    @AfterEach
    void databaseBack() {
        DatabaseOutage.end();
    }

    @Test
    void aCreatedIssueBecomesAnInternalRequestFromItsProjectAndItsReportersGroups() {
        JiraIssueJson issue = scenario.newIssue();

        Response answer = scenario.created(issue);

        assertThat(answer.status()).isEqualTo(204);
        Map<String, Object> view = scenario.settled(REPORTER, issue.id, "internal");
        assertThat(asMap(view.get("provider"))).containsEntry("name", "Finance");
        assertThat(view).containsEntry("providerSource", "project")
            .containsEntry("customerSource", "reporter-groups")
            .containsEntry("issueKey", issue.key)
            .containsEntry("reporterAccountId", REPORTER)
            .containsEntry("assigneeAccountId", ASSIGNEE);
        assertThat(asMap(view.get("customer"))).containsEntry("name", "Sales");
        Map<String, Object> agreement = asMap(asMap(view.get("relationship")).get("agreement"));
        assertThat(agreement).containsEntry("expectations", RequestScenario.EXPECTATIONS)
            .containsEntry("customerGivesBack", "Deal data in the CRM by the 25th");
        Map<String, Object> resolution = asMap(asMap(view.get("service")).get("resolution"));
        assertThat(resolution).containsEntry("targetHours", 72).containsEntry("state", "running");
        Map<String, Object> property = Eventually.await("the entity property", () -> scenario.property(issue.id),
                p -> p != null);
        assertThat(property).containsEntry("internal", true)
            .containsEntry("provider", "Finance")
            .containsEntry("customer", "Sales")
            .containsEntry("decision", "none");
    }

    @Test
    void theSameDeliveryFiveTimesTwoOfThemInParallelIsAppliedOnce() throws Exception {
        JiraIssueJson issue = scenario.newIssue();
        Map<String, Object> body = issue.webhook("jira:issue_created", Instant.now().toEpochMilli());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Response> first = CompletableFuture
                .supplyAsync(() -> scenario.webhook(body, "dup-" + issue.id), pool);
            CompletableFuture<Response> second = CompletableFuture
                .supplyAsync(() -> scenario.webhook(body, "dup-" + issue.id), pool);
            assertThat(first.get().status()).isEqualTo(204);
            assertThat(second.get().status()).isEqualTo(204);
        }
        finally {
            pool.shutdown();
        }
        for (int retry = 1; retry <= 3; retry++) {
            assertThat(scenario.site.host()
                .webhook(scenario.site.jira(), "/webhooks/jira/issue", body, "dup-" + issue.id, retry)
                .status()).isEqualTo(204);
        }

        scenario.settled(REPORTER, issue.id, "internal");
        assertThat(jdbc.queryForObject("select count(*) from intake_delivery where delivery_key = ?", Integer.class,
                "webhook:dup-" + issue.id))
            .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from internal_request where issue_id = ?", Integer.class,
                issue.id))
            .isEqualTo(1);
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderDeliveriesArriveIn() {
        List<Map<String, Object>> finals = new ArrayList<>();
        Instant created = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long t0 = created.plusSeconds(60).toEpochMilli();
        for (int attempt = 0; attempt < 3; attempt++) {
            JiraIssueJson issue = scenario.newIssue().created(created);
            String id = issue.id;
            List<Map.Entry<String, Map<String, Object>>> deliveries = new ArrayList<>();
            deliveries.add(Map.entry("c-" + id, issue.webhook("jira:issue_created", t0)));
            // the reporter changes to someone outside any department, then back to Sales'
            // reporter, and work starts
            deliveries.add(Map.entry("u1-" + id,
                    issue.reporter(RequestScenario.BYSTANDER).webhook("jira:issue_updated", t0 + 1000)));
            deliveries.add(Map.entry("u2-" + id,
                    issue.reporter(REPORTER).status("indeterminate").webhook("jira:issue_updated", t0 + 2000)));
            deliveries.add(Map.entry("c2-" + id, issue.commented(ASSIGNEE, Instant.ofEpochMilli(t0 + 3000))));
            if (attempt == 1) {
                Collections.reverse(deliveries);
            }
            else if (attempt == 2) {
                Collections.shuffle(deliveries, new java.util.Random(42));
            }
            for (Map.Entry<String, Map<String, Object>> delivery : deliveries) {
                assertThat(scenario.webhook(delivery.getValue(), delivery.getKey()).status()).isEqualTo(204);
            }
            // first every delivery worked off, then the view: read the other way round, a
            // delivery could still land
            Eventually.await("all deliveries applied", () -> pending(id), n -> n == 0);
            Map<String, Object> view = scenario.view(REPORTER, id).json();
            view.remove("now");
            view.remove("issueId");
            view.remove("issueKey");
            finals.add(view);
        }
        assertThat(finals.get(1)).isEqualTo(finals.get(0));
        assertThat(finals.get(2)).isEqualTo(finals.get(0));
        assertThat(asMap(finals.get(0).get("customer"))).containsEntry("name", "Sales");
    }

    @Test
    void aDeletedIssueStaysDeletedWhenAnOlderDeliveryArrivesAfterIt() {
        JiraIssueJson issue = scenario.newIssue();
        long t0 = Instant.now().toEpochMilli();
        assertThat(scenario.webhook(issue.webhook("jira:issue_deleted", t0 + 5000), "del-" + issue.id).status())
            .isEqualTo(204);
        assertThat(scenario.webhook(issue.webhook("jira:issue_created", t0), "c-" + issue.id).status()).isEqualTo(204);
        assertThat(scenario.webhook(issue.webhook("jira:issue_updated", t0 + 1000), "u-" + issue.id).status())
            .isEqualTo(204);

        Eventually.await("deliveries applied", () -> pending(issue.id), n -> n == 0);
        assertThat(
                jdbc.queryForObject("select deleted from internal_request where issue_id = ?", Boolean.class, issue.id))
            .isTrue();
        assertThat(scenario.view(REPORTER, issue.id).json()).containsEntry("state", "deleted");
        assertThat(scenario.site
            .as(ASSIGNEE, "PUT", "/api/requests/" + issue.id + "/decision", Map.of("outcome", "accepted"))
            .status()).isEqualTo(404);
    }

    @Test
    void aMalformedDeliveryIs400AndStoresNothing() {
        long before = deliveries();
        assertThat(scenario.webhook(Map.of("webhookEvent", "jira:issue_created", "timestamp", 1), "bad-1").json())
            .containsEntry("status", 400)
            .containsEntry("field", "issue");
        assertThat(scenario
            .webhook(Map.of("webhookEvent", "jira:issue_created", "timestamp", "yesterday", "issue", Map.of("id", "1")),
                    "bad-2")
            .json()).containsEntry("field", "timestamp");
        assertThat(scenario
            .webhook(Map.of("webhookEvent", "jira:issue_created", "timestamp", 1, "issue", Map.of("id", "x'; drop")),
                    "bad-3")
            .json()).containsEntry("field", "issue.id");
        Response notJson = scenario.site.host()
            .send("POST", "/webhooks/jira/issue",
                    "JWT " + scenario.site.host()
                        .jwt(scenario.site.jira())
                        .qsh(com.icr.support.Qsh.of("POST", "/webhooks/jira/issue"))
                        .subject(null)
                        .sign(),
                    "{not json", "application/json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(deliveries()).isEqualTo(before);
        // an event the app did not register for is not an error, and not stored either
        assertThat(scenario.webhook(Map.of("webhookEvent", "jira:worklog_updated", "timestamp", 1), "other-1").status())
            .isEqualTo(204);
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void aPanelOpenedWhileItsIssueIsBeingCreatedNeverAnswers500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Response>> panels = new ArrayList<>();
            List<java.util.concurrent.Future<Response>> webhooks = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                JiraIssueJson issue = scenario.newIssue();
                created.add(issue.id);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                webhooks.add(pool.submit(() -> {
                    start.await();
                    return scenario.created(issue);
                }));
                for (int k = 0; k < 3; k++) {
                    panels.add(pool.submit(() -> {
                        start.await();
                        return scenario.view(REPORTER, issue.id);
                    }));
                }
                start.countDown();
            }
            for (java.util.concurrent.Future<Response> webhook : webhooks) {
                assertThat(webhook.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(204);
            }
            for (java.util.concurrent.Future<Response> panel : panels) {
                Response answer = panel.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            }
            // the worker's backlog of these issues worked off, so that the next test's
            // counts of calls to Jira are its own
            for (String id : created) {
                Eventually.await("the delivery of " + id + " applied",
                        () -> jdbc.queryForObject(
                                "select count(*) from intake_delivery where delivery_key = ? and state = 'PENDING'",
                                Integer.class, "webhook:created-" + id),
                        n -> n == 0);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parkedDeliveriesAreListedToTheSitesAdministratorsOnly() {
        JiraIssueJson issue = scenario.newIssue();
        assertThat(scenario.created(issue).status()).isEqualTo(204);
        // as the worker leaves a delivery it gave up on (IntakePersistenceTest shows how
        // it gets there)
        String key = "webhook:created-" + issue.id;
        Eventually.await("applied",
                () -> jdbc.queryForObject(
                        "select count(*) from intake_delivery where delivery_key = ? and state = 'DONE'", Integer.class,
                        key),
                n -> n == 1);
        jdbc.update(
                "update intake_delivery set state = 'FAILED', attempts = 12, last_error = 'x' where delivery_key = ?",
                key);

        Response admin = scenario.site.asAdmin("GET", "/api/intake/parked", null);
        Response member = scenario.site.as(REPORTER, "GET", "/api/intake/parked", null);

        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(admin.json()).containsEntry("count", 1);
        assertThat(admin.jsonList("deliveries")).singleElement()
            .satisfies(d -> assertThat(d).containsEntry("deliveryKey", "webhook:created-" + issue.id)
                .containsEntry("attempts", 12));
        assertThat(member.status()).isEqualTo(403);
    }

    @Test
    void anIssueTheDatabaseCannotStoreIsRefusedAt400NamingTheFieldAndStoresNothing() {
        long before = deliveries();
        JiraIssueJson manyComponents = scenario.newIssue();
        for (int i = 0; i < 400; i++) {
            manyComponents.component(String.valueOf(10000 + i));
        }
        Map<String, Object> longProject = scenario.newIssue()
            .project("P".repeat(300))
            .webhook("jira:issue_created", Instant.now().toEpochMilli());
        Map<String, Object> longReporter = scenario.newIssue()
            .reporter("557058:" + "a".repeat(200))
            .webhook("jira:issue_created", Instant.now().toEpochMilli());
        Map<String, Object> ancient = scenario.newIssue()
            .created(Instant.parse("0001-01-01T00:00:00Z"))
            .webhook("jira:issue_created", Instant.now().toEpochMilli());
        Map<String, Object> farFuture = scenario.newIssue().webhook("jira:issue_created", Long.MAX_VALUE / 2);

        assertThat(scenario.webhook(manyComponents.webhook("jira:issue_created", Instant.now().toEpochMilli()), "big-1")
            .json()).containsEntry("status", 400).containsEntry("field", "issue.fields.components");
        assertThat(scenario.webhook(longProject, "big-2").json()).containsEntry("status", 400)
            .containsEntry("field", "issue.fields.project.key");
        assertThat(scenario.webhook(longReporter, "big-3").json()).containsEntry("status", 400)
            .containsEntry("field", "issue.fields.reporter.accountId");
        assertThat(scenario.webhook(ancient, "big-4").json()).containsEntry("status", 400)
            .containsEntry("field", "issue.fields.created");
        assertThat(scenario.webhook(farFuture, "big-5").json()).containsEntry("status", 400)
            .containsEntry("field", "timestamp");
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void aWebhookWithoutAValidJwtOrWithAContextTokenIsRefused() {
        JiraIssueJson issue = scenario.newIssue();
        Map<String, Object> body = issue.webhook("jira:issue_created", Instant.now().toEpochMilli());
        HostSimulator host = scenario.site.host();
        assertThat(host.send("POST", "/webhooks/jira/issue", null, body).status()).isEqualTo(401);
        String wrongQsh = host.jwt(scenario.site.jira())
            .qsh(com.icr.support.Qsh.of("POST", "/webhooks/jira/other"))
            .sign();
        assertThat(host.send("POST", "/webhooks/jira/issue", "JWT " + wrongQsh, body).status()).isEqualTo(401);
        assertThat(host.send("POST", "/webhooks/jira/issue", "JWT " + host.contextToken(scenario.site.jira()), body)
            .status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from intake_delivery where payload like ?", Integer.class,
                "%\"" + issue.id + "\"%"))
            .isZero();
    }

    @Test
    void aDatabaseOutageAnswers503SoJiraRetriesAndTheRetryIsApplied() {
        JiraIssueJson issue = scenario.newIssue();
        Map<String, Object> body = issue.webhook("jira:issue_created", Instant.now().toEpochMilli());

        DatabaseOutage.start();
        Response during = scenario.webhook(body, "outage-" + issue.id);
        DatabaseOutage.end();

        assertThat(during.status()).as(during.body()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        Response retry = scenario.site.host()
            .webhook(scenario.site.jira(), "/webhooks/jira/issue", body, "outage-" + issue.id, 1);
        assertThat(retry.status()).isEqualTo(204);
        scenario.settled(REPORTER, issue.id, "internal");
    }

    @Test
    void jirasRateLimitIsHonouredAndTheDeliveryIsAppliedAfterTheWait() {
        JiraIssueJson issue = scenario.newIssue();
        scenario.site.jiraSite().groups("557058:new-reporter", "sales-team");
        issue.reporter("557058:new-reporter");
        scenario.site.jiraSite().clearCalls();
        scenario.site.jiraSite().throttleNext(1, 2);
        Instant sent = Instant.now();

        assertThat(scenario.created(issue).status()).isEqualTo(204);

        // read the database, not the panel: the panel's own calls to Jira would take the
        // throttled answer
        Eventually.await("the request after Jira's wait",
                () -> jdbc.queryForList(
                        "select customer_id from internal_request where issue_id = ? and customer_id is not null",
                        issue.id),
                r -> !r.isEmpty(), Duration.ofSeconds(20));
        Duration waited = Duration.between(sent, Instant.now());
        assertThat(asMap(scenario.view(ASSIGNEE, issue.id).json().get("customer"))).containsEntry("name", "Sales");
        List<String> groupCalls = scenario.site.jiraSite()
            .calls()
            .stream()
            .filter(c -> c.startsWith("GET /rest/api/3/user/groups"))
            .toList();
        assertThat(groupCalls).hasSize(2); // the throttled one, and one after
                                           // Retry-After: nothing in between
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anotherSitesWebhooksAndTokensReachNothingOfThisSite() {
        JiraIssueJson issue = scenario.newIssue();
        scenario.created(issue);
        scenario.settled(REPORTER, issue.id, "internal");
        TestSites other = TestSites.installed(scenario.site.host());

        assertThat(other.as(REPORTER, "GET", "/api/requests/" + issue.id, null).status()).isEqualTo(404);
        assertThat(other
            .as(TestSites.ADMIN, "PUT", "/api/requests/" + issue.id + "/decision", Map.of("outcome", "accepted"))
            .status()).isEqualTo(404);
        assertThat(
                other.as(TestSites.ADMIN, "GET", "/api/relationships/" + scenario.relationshipId + "/decisions", null)
                    .status())
            .isEqualTo(404);
        // the other site's Jira deletes an issue with the same id: only its own site's
        // row is touched
        Response deleted = other.host()
            .webhook(other.jira(), "/webhooks/jira/issue",
                    issue.webhook("jira:issue_deleted", Instant.now().toEpochMilli()), "other-del-" + issue.id, 0);
        assertThat(deleted.status()).isEqualTo(204);
        Eventually.await("the other site's delivery", () -> pending(issue.id), n -> n == 0);
        assertThat(scenario.view(REPORTER, issue.id).json()).containsEntry("state", "internal");
    }

    @Test
    void aDeliveryClaimedByANodeThatDiedIsWorkedOffOnceItsLeaseRunsOut() {
        JiraIssueJson issue = scenario.newIssue();
        String tenant = jdbc.queryForObject("select tenant_id from installation where client_key = ?", String.class,
                scenario.site.jira().clientKey());
        String payload = "{\"kind\":\"CHANGED\",\"issueId\":\"" + issue.id + "\",\"timestamp\":"
                + Instant.now().toEpochMilli() + ",\"deliveryKey\":\"webhook:crash-" + issue.id
                + "\",\"issue\":{\"issueId\":\"" + issue.id + "\",\"issueKey\":\"" + issue.key
                + "\",\"projectKey\":\"FIN\",\"componentIds\":[],\"reporterAccountId\":\"" + REPORTER
                + "\",\"assigneeAccountId\":\"" + ASSIGNEE
                + "\",\"statusCategory\":\"new\",\"createdAt\":\"2026-11-02T09:00:00Z\",\"resolvedAt\":null}}";
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        // stored and claimed by a node that was killed before it finished: its lease runs
        // for three more seconds
        jdbc.update(
                "insert into intake_delivery (id, tenant_id, delivery_key, topic, payload, received_at, state, attempts, next_attempt_at, "
                        + "claimed_by, claimed_until) values (?, ?, ?, 'issue-event', ?, ?, 'PENDING', 0, ?, 'node-killed', ?)",
                java.util.UUID.randomUUID().toString(), tenant, "webhook:crash-" + issue.id, payload, now, now,
                java.sql.Timestamp.from(Instant.now().plusSeconds(3)));

        sleep(Duration.ofMillis(1500)); // at least one poll while the lease holds: nobody
                                        // else works it
        assertThat(jdbc.queryForObject("select state from intake_delivery where delivery_key = ?", String.class,
                "webhook:crash-" + issue.id))
            .isEqualTo("PENDING");
        Eventually.await("the delivery worked off",
                () -> jdbc.queryForObject("select state from intake_delivery where delivery_key = ?", String.class,
                        "webhook:crash-" + issue.id),
                "DONE"::equals);
        // read without the panel, which would fetch the issue from Jira itself
        assertThat(jdbc.queryForObject("select snapshot_key from internal_request where issue_id = ?", String.class,
                issue.id))
            .isEqualTo("webhook:crash-" + issue.id);
        assertThat(scenario.view(REPORTER, issue.id).json()).containsEntry("state", "internal");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long deliveries() {
        return jdbc.queryForObject("select count(*) from intake_delivery", Long.class);
    }

    private int pending(String issueId) {
        return jdbc.queryForObject("select count(*) from intake_delivery where state = 'PENDING' and payload like ?",
                Integer.class, "%\"issueId\":\"" + issueId + "\"%");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

}
