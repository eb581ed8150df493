package com.icr.privacy;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.intake.Intake;
import com.icr.intake.OtherNode;
import com.icr.satisfaction.CheckScenario;
import com.icr.jira.JiraPermissions;
import com.icr.support.AppTest;
import com.icr.support.ForgeSite;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestClock;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data reporting against the site's stand-in Jira: every stored account is
 * reported in batches of at most 90, once across nodes, again after a cycle (Atlassian's
 * when longer), resumed after a failure from what the database says; a closed account
 * leaves no trace in any table and the figures stay as they were.
 */
@AppTest
class PersonalDataReportingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    AccountReportJob job;

    @Autowired
    Intake intake;

    @Autowired
    ApplicationContext context;

    @Autowired
    JiraPermissions permissions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClosedAccountLeavesNoTraceInAnyTableAndTheFiguresStay() {
        CheckScenario scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        TestSites site = scenario.requests.site;
        TenantId tenant = tenantOf(site);
        JiraIssueJson issue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));
        String checkId = (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
        assertThat(scenario
            .answer(REPORTER, checkId,
                    Map.of("rating", 2, "met", "partly", "comment", "Slow, ask " + REPORTER + " about it"))
            .status()).isEqualTo(200);
        String finance = scenario.requests.finance;
        thanks(tenant, REPORTER, ASSIGNEE, finance, "Thanks from Rita");
        thanks(tenant, ASSIGNEE, REPORTER + "," + SALES_LEAD, finance, "Thanks to Rita and Sid");
        List<Object> figures = figures(site, tenant);
        assertThat(traces(tenant, REPORTER)).isNotEmpty();

        assertThat(traces(tenant, FINANCE_LEAD)).isNotEmpty();
        site.jiraSite().closedAccounts(REPORTER, FINANCE_LEAD);
        job.tick();

        Eventually.await("the closed account erased", () -> traces(tenant, REPORTER), List::isEmpty);
        Eventually.await("the closed lead erased", () -> traces(tenant, FINANCE_LEAD), List::isEmpty);
        assertThat(site.jiraSite().reports().stream().flatMap(List::stream)).contains(REPORTER, ASSIGNEE, SALES_LEAD,
                FINANCE_LEAD);
        assertThat(jdbc.queryForObject("select provider_owner from relationship where id = ?", String.class,
                scenario.requests.relationshipId))
            .isEqualTo(Tombstone.of(tenant, FINANCE_LEAD));
        assertThat(figures(site, tenant)).isEqualTo(figures);
        String tombstone = Tombstone.of(tenant, REPORTER);
        assertThat(tombstone).hasSize(44).startsWith("former-user:");
        assertThat(jdbc.queryForList("select comment from satisfaction_answer where tenant_id = ? and account_id = ?",
                String.class, tenant.value(), tombstone))
            .containsExactly((String) null);
        assertThat(jdbc.queryForList("select message from thanks where tenant_id = ? and from_account_id = ?",
                String.class, tenant.value(), tombstone))
            .containsExactly("");
        assertThat(jdbc.queryForList("select to_account_ids from thanks where tenant_id = ? and from_account_id = ?",
                String.class, tenant.value(), ASSIGNEE))
            .containsExactly(tombstone + "," + SALES_LEAD);
        assertThat(jdbc.queryForObject(
                "select count(*) from satisfaction_check where tenant_id = ? and reporter_account_id = ?",
                Integer.class, tenant.value(), tombstone))
            .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from account_registry where tenant_id = ? and account_id like 'former-user:%'",
                Integer.class, tenant.value()))
            .isZero();
    }

    @Test
    void twoHundredAccountsAreReportedInBatchesOfAtMost90OnceAcrossNodes() throws Exception {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        TenantId tenant = tenantOf(site);
        Set<String> stored = storeAccounts(tenant, 200);

        try (OtherNode other = new OtherNode(context)) {
            CompletableFuture<?> otherTick = CompletableFuture.runAsync(job::tick);
            job.tick();
            otherTick.get();
            other.drain();
            Eventually.await("every account reported", () -> reported(site), r -> r.size() >= 200);
            other.drain();
        }
        List<List<String>> reports = site.jiraSite().reports();
        assertThat(reports).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(90));
        assertThat(reported(site)).hasSize(200).containsExactlyInAnyOrderElementsOf(stored);

        job.tick(); // nothing is due again before the cycle
        clock.advance(Duration.ofDays(6));
        job.tick();
        Thread.sleep(1500);
        assertThat(site.jiraSite().reports()).hasSize(3);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        job.tick();
        Eventually.await("every account reported again after a cycle", () -> reported(site), r -> r.size() >= 400);
        assertThat(site.jiraSite().reports()).hasSize(6);
    }

    @Test
    void aLongerCyclePeriodFromAtlassianWins() throws Exception {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        TenantId tenant = tenantOf(site);
        storeAccounts(tenant, 5);
        site.jiraSite().cyclePeriodHours(30 * 24);

        job.tick();
        Eventually.await("the accounts reported", () -> reported(site), r -> r.size() >= 5);

        clock.advance(Duration.ofDays(8));
        job.tick();
        Thread.sleep(1500);
        assertThat(site.jiraSite().reports()).hasSize(1);

        clock.advance(Duration.ofDays(23));
        job.tick();
        Eventually.await("the accounts reported after Atlassian's cycle", () -> reported(site), r -> r.size() >= 10);
    }

    @Test
    void aReportThatFailedHalfWayResumesWhereItStopped() {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        TenantId tenant = tenantOf(site);
        Set<String> stored = storeAccounts(tenant, 200);
        site.jiraSite().failReportsAfter(1);

        job.tick();
        Eventually.await("the first batch reported and the second refused", () -> jdbc.queryForObject(
                "select count(*) from intake_delivery where tenant_id = ? and topic = ? and state = 'PENDING' and attempts > 0",
                Integer.class, tenant.value(), AccountReportJob.TOPIC), n -> n == 1);
        assertThat(reported(site)).hasSize(90);
        assertThat(jdbc.queryForObject(
                "select count(*) from account_registry where tenant_id = ? and last_reported is null", Integer.class,
                tenant.value()))
            .isEqualTo(110);

        site.jiraSite().failReportsAfter(-1);
        intake.retryWaiting(tenant);
        Eventually.await("the rest reported", () -> reported(site), r -> r.size() >= 200);
        assertThat(reported(site)).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void aForgeSiteIsReportedWithTheAppsSystemToken() {
        ForgeSite site = ForgeSite.installed(new HostSimulator("http://localhost:" + port));
        TenantId tenant = new TenantId(jdbc.queryForObject("select tenant_id from installation where cloud_id = ?",
                String.class, site.installation().cloudId()));
        Set<String> stored = storeAccounts(tenant, 3);
        site.jira().closedAccounts(stored.iterator().next());

        job.tick();

        Eventually.await("the accounts reported", () -> site.jira().reports(), r -> !r.isEmpty());
        assertThat(site.jira().reports()).singleElement()
            .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(stored));
        assertThat(site.jira().calls()).contains("POST /app/report-accounts/ (api.atlassian.com)");
        Eventually.await("the closed account erased", () -> traces(tenant, stored.iterator().next()), List::isEmpty);
    }

    @Test
    void anUpdatedAccountIsAskedForAgainInsteadOfCached() {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        TenantId tenant = tenantOf(site);
        String person = "557058:" + UUID.randomUUID();
        site.jiraSite().groups(person, "finance-team");
        storeAccounts(tenant, List.of(person));
        assertThat(permissions.groupsOf(tenant, person)).containsExactly("finance-team");
        assertThat(permissions.groupsOf(tenant, person)).containsExactly("finance-team");
        assertThat(groupCalls(site)).isEqualTo(1);
        site.jiraSite().updatedAccounts(person).groups(person, "sales-team");

        job.tick();
        Eventually.await("the account reported", () -> reported(site), r -> r.contains(person));
        Eventually.await("the cached groups forgotten", () -> permissions.groupsOf(tenant, person),
                g -> g.contains("sales-team"));
        assertThat(groupCalls(site)).isEqualTo(2);
    }

    @Test
    void theDemoSitesPeopleAreReportedToNobody() {
        TenantId demo = new TenantId(jdbc
            .queryForObject("select tenant_id from installation where client_key = 'icr-preview-jira'", String.class));
        storeAccounts(demo, List.of("557058:" + UUID.randomUUID()));
        clock.advance(Duration.ofMinutes(1)); // the demo site is shared: another test may
                                              // have had this minute's

        job.tick();

        Eventually.await("the demo site's accounts settled",
                () -> jdbc.queryForObject(
                        "select count(*) from account_registry where tenant_id = ? and last_reported is null",
                        Integer.class, demo.value()),
                n -> n == 0);
        assertThat(jdbc.queryForObject(
                "select count(*) from intake_delivery where tenant_id = ? and topic = ? and (attempts > 0 or state = 'FAILED')",
                Integer.class, demo.value(), AccountReportJob.TOPIC))
            .isZero();
    }

    private static long groupCalls(TestSites site) {
        return site.jiraSite().calls().stream().filter(c -> c.startsWith("GET /rest/api/3/user/groups")).count();
    }

    private void storeAccounts(TenantId tenant, List<String> ids) {
        jdbc.batchUpdate("insert into thanks_giver (tenant_id, account_id) values (?, ?)",
                ids.stream().map(id -> new Object[] { tenant.value(), id }).toList());
    }

    private TenantId tenantOf(TestSites site) {
        return new TenantId(jdbc.queryForObject("select tenant_id from installation where client_key = ?", String.class,
                site.jira().clientKey()));
    }

    private static List<String> reported(TestSites site) {
        return site.jiraSite().reports().stream().flatMap(List::stream).toList();
    }

    /** Accounts stored as people who have thanked (the smallest table that holds ids). */
    private Set<String> storeAccounts(TenantId tenant, int count) {
        Set<String> ids = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "557058:" + UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] { tenant.value(), id });
        }
        jdbc.batchUpdate("insert into thanks_giver (tenant_id, account_id) values (?, ?)", rows);
        return ids;
    }

    private void thanks(TenantId tenant, String from, String to, String department, String message) {
        jdbc.update(
                "insert into thanks (id, tenant_id, from_account_id, to_account_ids, to_department_id, message, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), tenant.value(), from, to, department, message,
                Timestamp.from(Instant.now()));
    }

    /** What the matrix and the answers say: erasing a person changes none of it. */
    private List<Object> figures(TestSites site, TenantId tenant) {
        List<Object> figures = new ArrayList<>();
        for (String metric : List.of("satisfaction", "yesno", "open", "service")) {
            figures.add(site.asAdmin("GET", "/api/matrix?metric=" + metric, null).jsonList("cells"));
        }
        figures.add(jdbc.queryForMap(
                "select count(*) as answers, count(distinct account_id) as people, sum(rating) as ratings from satisfaction_answer where tenant_id = ?",
                tenant.value()));
        figures
            .add(jdbc.queryForObject("select count(*) from thanks where tenant_id = ?", Integer.class, tenant.value()));
        return figures;
    }

    private List<String> traces(TenantId tenant, String accountId) {
        return AccountTraces.in(jdbc, tenant, accountId);
    }

}
