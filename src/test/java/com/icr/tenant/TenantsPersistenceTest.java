package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.PersistenceTest;
import com.icr.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site rule and the retention purge on the real database (HSQLDB here, PostgreSQL in
 * CI).
 */
@PersistenceTest
class TenantsPersistenceTest {

    @Autowired
    TenantManagement tenants;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    final String site = "https://" + UUID.randomUUID() + ".atlassian.net";

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void jiraAndConfluenceInstallingAtTheSameMomentEndUpOnOneSite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<TenantId>> installs = List.of(
                    () -> tenants.register(signal("jira-" + UUID.randomUUID(), Product.JIRA, site)),
                    () -> tenants.register(signal("conf-" + UUID.randomUUID(), Product.CONFLUENCE, site + "/wiki")),
                    () -> tenants.register(signal("conf-" + UUID.randomUUID(), Product.CONFLUENCE, site + "/wiki/")),
                    () -> tenants.register(signal("jira-" + UUID.randomUUID(), Product.JIRA,
                            site.toUpperCase().replace("HTTPS", "https"))));
            List<TenantId> tenantIds = pool.invokeAll(installs)
                .stream()
                .map(TenantsPersistenceTest::get)
                .distinct()
                .toList();

            assertThat(tenantIds).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from site where url = ?", Integer.class, site))
                .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from installation where tenant_id = ?", Integer.class,
                    tenantIds.get(0).value()))
                .isEqualTo(4);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyInstallationRowCarriesItsTenant() {
        TenantId tenant = tenants.register(signal("jira-" + UUID.randomUUID(), Product.JIRA, site));

        assertThat(tenants.statusOf(tenant).installations()).singleElement()
            .satisfies(i -> assertThat(i.product()).isEqualTo(Product.JIRA));
        assertThat(jdbc.queryForList("select tenant_id from installation where tenant_id is null")).isEmpty();
    }

    @Test
    void purgesOnlySitesPastTheirRetentionAndDeletesTheirRows() {
        String jiraKey = "jira-" + UUID.randomUUID();
        TenantId tenant = tenants.register(signal(jiraKey, Product.JIRA, site));
        String otherKey = "jira-" + UUID.randomUUID();
        tenants.register(signal(otherKey, Product.JIRA, "https://" + UUID.randomUUID() + ".atlassian.net"));
        tenants.uninstalled(jiraKey);

        clock.advance(Duration.ofDays(59));
        tenants.purgeExpired();
        assertThat(tenants.accessFor(jiraKey)).get().extracting(TenantAccess::installed).isEqualTo(false);

        clock.advance(Duration.ofDays(2));
        tenants.purgeExpired();
        assertThat(tenants.accessFor(jiraKey)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from site where tenant_id = ?", Integer.class, tenant.value()))
            .isZero();
        assertThat(tenants.accessFor(otherKey)).isPresent();
    }

    /**
     * On both databases: PostgreSQL's lock_timeout, HSQLDB's lock of the JVM (the suite
     * runs this class on each).
     */
    @Test
    void aChangeWaitsForTheSitesRevisionLockBoundedlyNotUntilALongTransactionEnds() throws Exception {
        TenantId tenant = tenants.register(signal("jira-" + UUID.randomUUID(), Product.JIRA, site));
        long holdMillis = (TenantManagement.REVISION_LOCK_WAIT_SECONDS + 6) * 1000L;

        // a long import: it raised the revision and goes on working before it commits
        Waited waited = behindALongTransaction(() -> tenants.dataChanged(tenant), holdMillis,
                () -> tenants.dataChanged(tenant));

        assertThat(waited.failure()).as("the change gave up waiting")
            .isInstanceOf(org.springframework.dao.TransientDataAccessException.class);
        assertThat(waited.millis()).isLessThan(holdMillis - 2000);
    }

    /**
     * Any row, not only the site's revision: a statement waiting for a row another
     * transaction holds gives up after about 5 s (HSQLDB: {@code web.HsqldbLockWaits};
     * PostgreSQL: {@code lock_timeout}).
     */
    @Test
    void aStatementWaitingForARowAnotherTransactionHoldsGivesUpAfterAFewSeconds() throws Exception {
        TenantId tenant = tenants.register(signal("jira-" + UUID.randomUUID(), Product.JIRA, site));
        String touch = "update site set structure_revision = structure_revision where tenant_id = ?";

        Waited waited = behindALongTransaction(() -> jdbc.update(touch, tenant.value()), 9_000,
                () -> jdbc.update(touch, tenant.value()));

        assertThat(waited.failure()).as("the statement gave up waiting")
            .isInstanceOf(org.springframework.dao.TransientDataAccessException.class);
        assertThat(waited.millis()).isBetween(4_000L, 8_000L);
    }

    /** How a change behind a long transaction ended, and after how long. */
    private record Waited(Throwable failure, long millis) {
    }

    /**
     * Runs {@code held} in a transaction that then stays open (until the change behind it
     * has ended, at most {@code holdMillis}), and meanwhile {@code change} in a
     * transaction of its own.
     */
    private Waited behindALongTransaction(Runnable held, long holdMillis, Runnable change) throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> longTransaction = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                held.run();
                holding.countDown();
                try {
                    release.await(holdMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            Throwable failure = null;
            try {
                transactions.executeWithoutResult(tx -> change.run());
            }
            catch (RuntimeException e) {
                failure = e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            release.countDown();
            longTransaction.get();
            return new Waited(failure, millis);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** PostgreSQL only: every connection of the pool bounds its lock waits. */
    @Test
    @Tag("postgres")
    void everyLockWaitOnPostgresqlIsBounded() {
        assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("5s");
    }

    private static InstallationSignal signal(String clientKey, Product product, String baseUrl) {
        return new InstallationSignal(clientKey, product, baseUrl);
    }

    private static TenantId get(Future<TenantId> future) {
        try {
            return future.get();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

}
