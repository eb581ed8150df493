package com.icr.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.department.ProjectMapping;
import com.icr.intake.OtherNode;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.support.Eventually;
import com.icr.support.PersistenceTest;
import com.icr.support.TestSites;
import com.icr.support.TestClock;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import com.icr.jira.JiraIssueTracker;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders and expiry on the real database (PostgreSQL in CI), with three nodes working
 * the same intake: the app's worker and two more. Every check is reminded once and
 * expires once, and every notice is sent once. (On PostgreSQL, the other test classes'
 * contexts are more nodes still.)
 */
@PersistenceTest
class CheckJobsPersistenceTest {

    static final Map<String, AtomicInteger> SENT = new ConcurrentHashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingNotifier {

        /** Every notice is counted on its way to the site's Jira. */
        @Bean
        @Primary
        Notifier countingNotifier(JiraIssueTracker jira) {
            return (tenantId, notice) -> {
                SENT.computeIfAbsent(notice.issueId() + " " + notice.subject(), k -> new AtomicInteger())
                    .incrementAndGet();
                jira.send(tenantId, notice);
            };
        }

    }

    private static final int CHECKS = 60;

    @Autowired
    RequestManagement requests;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantManagement tenants;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeNodesRemindEveryCheckOnceAndExpireItOnce() throws Exception {
        TenantId tenant = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        departments.create(tenant, new DepartmentRequest("Finance", null, null,
                List.of(new ProjectMapping("FIN", null)), List.of("finance-team")));
        departments.create(tenant, new DepartmentRequest("Sales", null, null, List.of(), List.of("sales-team")));
        String prefix = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
        Instant now = clock.instant();
        for (int i = 0; i < CHECKS; i++) {
            String issueId = prefix + String.format("%03d", i);
            IssueSnapshot resolved = new IssueSnapshot(issueId, "FIN-" + i, "FIN", List.of(), "557058:rita",
                    "557058:alan", "done", now.minusSeconds(3600), now.minusSeconds(60));
            requests.apply(tenant, IssueEvent.changed(now.toEpochMilli(), "resolved-" + issueId, resolved),
                    "557058:rita", List.of("sales-team"));
        }
        assertThat(count("select count(*) from satisfaction_check where tenant_id = ? and status = 'OPEN'", tenant))
            .isEqualTo(CHECKS);

        try (OtherNode second = new OtherNode(context); OtherNode third = new OtherNode(context)) {
            // the test's clock jumps days at once: a delivery still held when it jumps
            // would look like a lease run out
            noticesSent(tenant);
            clock.advance(Duration.ofDays(3).plusMinutes(1));
            drainTogether(second, third, tenant, "check-remind");
            assertThat(count("select count(*) from satisfaction_check where tenant_id = ? and reminded_at is not null",
                    tenant))
                .isEqualTo(CHECKS);

            noticesSent(tenant);
            clock.advance(Duration.ofDays(4));
            drainTogether(second, third, tenant, "check-expire");
            assertThat(
                    count("select count(*) from satisfaction_check where tenant_id = ? and status = 'CLOSED'", tenant))
                .isEqualTo(CHECKS);
            noticesSent(tenant);
        }
        assertThat(count("select count(*) from intake_delivery where tenant_id = ? and topic = 'notice'", tenant))
            .isEqualTo(2 * CHECKS);
        assertThat(count(
                "select count(*) from intake_delivery where tenant_id = ? and topic = 'notice' and state = 'DONE' and attempts = 0",
                tenant))
            .as("every notice sent at its first attempt")
            .isEqualTo(2 * CHECKS);
        // On PostgreSQL the other test classes' app contexts share the database and work
        // deliveries too, with
        // notifiers that do not count: what the counting ones saw, they saw once.
        assertThat(SENT.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))).isNotEmpty()
            .allSatisfy(e -> assertThat(e.getValue().get()).as(e.getKey()).isEqualTo(1));
    }

    private void drainTogether(OtherNode second, OtherNode third, TenantId tenant, String topic) throws Exception {
        CompletableFuture.allOf(CompletableFuture.runAsync(second::drain), CompletableFuture.runAsync(third::drain))
            .get();
        Eventually.await("every " + topic + " done",
                () -> count("select count(*) from intake_delivery where tenant_id = ? and topic = '" + topic
                        + "' and state = 'DONE'", tenant),
                n -> n == CHECKS);
    }

    private void noticesSent(TenantId tenant) {
        Eventually.await("every notice sent",
                () -> count("select count(*) from intake_delivery where tenant_id = ? and topic = 'notice' "
                        + "and state <> 'DONE'", tenant),
                n -> n == 0);
    }

    private int count(String sql, TenantId tenant) {
        return jdbc.queryForObject(sql, Integer.class, tenant.value());
    }

}
