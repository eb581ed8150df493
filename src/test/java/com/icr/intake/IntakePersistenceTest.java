package com.icr.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.intake.internal.IntakeWorker;
import com.icr.support.Eventually;
import com.icr.support.PersistenceTest;
import com.icr.support.TestSites;
import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The intake on the real database (HSQLDB here, PostgreSQL in CI): three nodes (the app's
 * worker and two more on the same database) drain one backlog, and every delivery is
 * worked exactly once; a delivery whose handler meets a rate limit waits as long as it
 * was asked to.
 */
@PersistenceTest
class IntakePersistenceTest {

    static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();
    static final AtomicInteger THROTTLED = new AtomicInteger();
    static final AtomicInteger UNSTORABLE = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        DeliveryHandler countingHandler() {
            return new DeliveryHandler() {
                @Override
                public String topic() {
                    return "test-count";
                }

                @Override
                public void handle(TenantId tenantId, String payload) {
                    HANDLED.computeIfAbsent(payload, k -> new AtomicInteger()).incrementAndGet();
                }
            };
        }

        @Bean
        DeliveryHandler throttledHandler() {
            return new DeliveryHandler() {
                @Override
                public String topic() {
                    return "test-throttled";
                }

                @Override
                public void handle(TenantId tenantId, String payload) {
                    if (THROTTLED.incrementAndGet() == 1) {
                        throw new HostUnavailable(null, Duration.ofSeconds(2), "host.jira-slow-down");
                    }
                }
            };
        }

        @Bean
        DeliveryHandler unstorableHandler() {
            return new DeliveryHandler() {
                @Override
                public String topic() {
                    return "test-unstorable";
                }

                @Override
                public void handle(TenantId tenantId, String payload) {
                    UNSTORABLE.incrementAndGet();
                    throw new DataIntegrityViolationException("data exception: string data, right truncation");
                }
            };
        }

    }

    @Autowired
    IntakeWorker worker;

    @Autowired
    Intake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantManagement tenants;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void threeNodesOnOneDatabaseWorkEveryDeliveryOnce() throws Exception {
        TenantId tenant = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        String batch = UUID.randomUUID().toString();
        IntakeWorker second = new IntakeWorker(jdbc, transactions, context.getBeanProvider(DeliveryHandler.class),
                clock, 2, IntakeWorker.LEASE);
        IntakeWorker third = new IntakeWorker(jdbc, transactions, context.getBeanProvider(DeliveryHandler.class), clock,
                2, IntakeWorker.LEASE);
        for (int i = 0; i < 300; i++) {
            assertThat(intake.record(tenant, "k-" + batch + "-" + i, "test-count", batch + "-" + i))
                .isEqualTo(Recorded.NEW);
        }
        assertThat(intake.record(tenant, "k-" + batch + "-7", "test-count", "again")).isEqualTo(Recorded.DUPLICATE);

        CompletableFuture.allOf(CompletableFuture.runAsync(second::drain), CompletableFuture.runAsync(third::drain))
            .get();
        Eventually.await("every delivery done",
                () -> jdbc.queryForObject("select count(*) from intake_delivery where tenant_id = ? and state = 'DONE'",
                        Integer.class, tenant.value()),
                n -> n == 300);

        assertThat(HANDLED.entrySet().stream().filter(e -> e.getKey().startsWith(batch))).hasSize(300)
            .allSatisfy(e -> assertThat(e.getValue().get()).as(e.getKey()).isEqualTo(1));
        second.stop();
        third.stop();
    }

    @Test
    void aDeliveryThatMetARateLimitWaitsAsLongAsItWasAsked() {
        TenantId tenant = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        long start = System.nanoTime();
        intake.record(tenant, "throttled-" + UUID.randomUUID(), "test-throttled", "{}");

        Eventually.await("the retry after Retry-After",
                () -> jdbc.queryForObject("select count(*) from intake_delivery where tenant_id = ? and state = 'DONE'",
                        Integer.class, tenant.value()),
                n -> n == 1);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(THROTTLED.get()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select attempts from intake_delivery where tenant_id = ?", Integer.class,
                tenant.value()))
            .isEqualTo(1);
    }

    @Test
    void aDeliveryTheDatabaseCannotStoreCountsEveryAttemptBacksOffAndIsParkedForTheAdministrators() {
        TenantId tenant = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        intake.record(tenant, "unstorable-" + UUID.randomUUID(), "test-unstorable", "{}");

        // a few quick retries (it might have been a race), then it waits longer each time
        Eventually.await("the quick retries", () -> attempts(tenant), n -> n == 4);
        Instant next = jdbc
            .queryForObject("select next_attempt_at from intake_delivery where tenant_id = ?", java.sql.Timestamp.class,
                    tenant.value())
            .toInstant();
        assertThat(next).isAfterOrEqualTo(clock.instant().plusSeconds(5));
        for (int attempts = 4; attempts < IntakeWorker.MAX_ATTEMPTS; attempts++) {
            int before = attempts;
            jdbc.update("update intake_delivery set next_attempt_at = ? where tenant_id = ?",
                    java.sql.Timestamp.from(clock.instant().minusSeconds(1)), tenant.value());
            worker.nudge();
            Eventually.await("attempt " + (before + 1), () -> attempts(tenant), n -> n > before);
        }

        assertThat(jdbc.queryForObject("select state from intake_delivery where tenant_id = ?", String.class,
                tenant.value()))
            .isEqualTo("FAILED");
        jdbc.update("update intake_delivery set next_attempt_at = ? where tenant_id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), tenant.value());
        worker.drain();
        assertThat(attempts(tenant)).isEqualTo(IntakeWorker.MAX_ATTEMPTS);
        assertThat(intake.parkedCount(tenant)).isEqualTo(1);
        assertThat(intake.parked(tenant, 10)).singleElement().satisfies(parked -> {
            assertThat(parked.topic()).isEqualTo("test-unstorable");
            assertThat(parked.attempts()).isEqualTo(IntakeWorker.MAX_ATTEMPTS);
            assertThat(parked.lastError()).contains("right truncation");
        });
    }

    private int attempts(TenantId tenant) {
        return jdbc.queryForObject("select attempts from intake_delivery where tenant_id = ?", Integer.class,
                tenant.value());
    }

}
