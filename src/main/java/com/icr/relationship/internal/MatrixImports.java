package com.icr.relationship.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.core.ConflictingState;
import com.icr.core.NotFound;
import com.icr.core.OverLimit;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import javax.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Large matrix imports, run off the request thread: the page that started one polls its
 * progress (rows checked of the file's rows) and, once it is done, reads its report. Each
 * import is a row of {@code matrix_import}, so any node answers the poll; the import
 * itself is still one transaction, all or nothing. A site runs one import at a time. An
 * import whose node stopped (its transaction rolled back) stops moving: after
 * {@link #STALLED} without progress it is reported as interrupted.
 */
@Component
class MatrixImports {

    private static final Logger log = LoggerFactory.getLogger(MatrixImports.class);

    /** An import that has not moved for this long is no longer running anywhere. */
    static final Duration STALLED = Duration.ofMinutes(2);

    private final MatrixCsv csv;

    private final JdbcTemplate jdbc;

    private final ObjectMapper json;

    private final Clock clock;

    private final ThreadPoolTaskExecutor workers;

    /** Progress is written beside the import's transaction, for the poll to see it. */
    private final TransactionTemplate beside;

    MatrixImports(MatrixCsv csv, JdbcTemplate jdbc, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.beside = new TransactionTemplate(transactions);
        this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.csv = csv;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.workers = new ThreadPoolTaskExecutor();
        this.workers.setThreadNamePrefix("matrix-import-");
        this.workers.setCorePoolSize(1);
        this.workers.setMaxPoolSize(1);
        this.workers.setQueueCapacity(20);
        this.workers.setWaitForTasksToCompleteOnShutdown(true);
        this.workers.setAwaitTerminationSeconds(60);
        this.workers.initialize();
    }

    /**
     * Starts importing the file in the background.
     * @throws ConflictingState when the site's previous import is still running
     * @throws OverLimit when too many sites' imports wait already
     */
    ImportJob start(TenantId tenantId, String body, int rows, boolean dryRun, String actor) {
        Instant now = clock.instant();
        Integer running = jdbc.queryForObject(
                "select count(*) from matrix_import where tenant_id = ? and state = 'running' and updated_at > ?",
                Integer.class, tenantId.value(), Timestamp.from(now.minus(STALLED)));
        if (running != null && running > 0) {
            throw new ConflictingState("conflict.import-running");
        }
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into matrix_import (id, tenant_id, dry_run, state, rows_total, rows_done, started_by, started_at, updated_at) "
                        + "values (?, ?, ?, 'running', ?, 0, ?, ?, ?)",
                id, tenantId.value(), dryRun, rows, actor, Timestamp.from(now), Timestamp.from(now));
        try {
            workers.execute(() -> run(tenantId, id, body, dryRun, actor));
        }
        catch (RejectedExecutionException e) {
            jdbc.update("delete from matrix_import where id = ?", id);
            throw new OverLimit(Duration.ofMinutes(1), "over-limit.imports-waiting");
        }
        return new ImportJob(id, dryRun, ImportJob.State.RUNNING, rows, 0, null, null);
    }

    /**
     * The app stops: an import under way finishes first (for up to a minute; past that it
     * is cut short, its transaction rolled back, and reported as interrupted).
     */
    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /** The site's import; another site's is not found. */
    ImportJob find(TenantId tenantId, String id) {
        List<ImportJob> found = jdbc.query(
                "select id, dry_run, state, rows_total, rows_done, report, updated_at from matrix_import "
                        + "where tenant_id = ? and id = ?",
                (rs, i) -> job(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()),
                tenantId.value(), id);
        if (found.isEmpty()) {
            throw new NotFound("not-found.import", id);
        }
        return found.get(0);
    }

    private ImportJob job(String id, boolean dryRun, String state, int total, int done, String report,
            Instant updated) {
        ImportJob.State known = ImportJob.State.valueOf(state.toUpperCase(java.util.Locale.ROOT));
        if (known == ImportJob.State.RUNNING && updated.isBefore(clock.instant().minus(STALLED))) {
            return new ImportJob(id, dryRun, ImportJob.State.INTERRUPTED, total, done, null,
                    "The import stopped before it finished (the app restarted); nothing was imported. Start it again.");
        }
        ImportReport read = null;
        if (report != null) {
            try {
                read = json.readValue(report, ImportReport.class);
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException("The stored report of import " + id + " is not readable", e);
            }
        }
        String message = known == ImportJob.State.FAILED
                ? "The import failed on the server; nothing was imported. Try again; if it fails again, tell the app's vendor."
                : null;
        return new ImportJob(id, dryRun, known, total, done, read, message);
    }

    private void run(TenantId tenantId, String id, String body, boolean dryRun, String actor) {
        try {
            ImportReport report = csv.importCsv(tenantId, body, dryRun, actor,
                    rowsDone -> beside.executeWithoutResult(
                            tx -> jdbc.update("update matrix_import set rows_done = ?, updated_at = ? where id = ?",
                                    rowsDone, Timestamp.from(clock.instant()), id)));
            jdbc.update("update matrix_import set state = 'done', rows_done = rows_total, report = ?, updated_at = ? "
                    + "where id = ?", json.writeValueAsString(report), Timestamp.from(clock.instant()), id);
        }
        catch (Exception e) {
            log.error("Matrix import {} of site {} failed", id, tenantId.value(), e);
            jdbc.update("update matrix_import set state = 'failed', updated_at = ? where id = ?",
                    Timestamp.from(clock.instant()), id);
        }
    }

}
