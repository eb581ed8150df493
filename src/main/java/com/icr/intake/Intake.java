package com.icr.intake;

import com.icr.intake.internal.IntakeWorker;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes deliveries to {@code intake_delivery}. A delivery key is unique per site: the
 * same key twice (Jira retrying a webhook, two nodes receiving the same retry) is stored
 * once, whichever insert wins.
 */
@Service
public class Intake {

    static final int MAX_KEY = 200;

    /**
     * Characters of a payload (the column's size on HSQLDB, where it is kept in the row).
     */
    static final int MAX_PAYLOAD = 1_000_000;

    private final JdbcTemplate jdbc;

    private final IntakeWorker worker;

    private final Clock clock;

    Intake(JdbcTemplate jdbc, IntakeWorker worker, Clock clock) {
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Stores a delivery for its handler. Inside a transaction it is part of it (an
     * outbox: written if and only if the change that asked for it is), and the worker is
     * woken once it commits; a key that exists already then fails the transaction, so
     * callers in one use keys that are unique by construction.
     */
    public Recorded record(TenantId tenantId, String key, String topic, String payload) {
        return recordAt(tenantId, key, topic, payload, clock.instant());
    }

    /**
     * Stores a delivery that is worked off no earlier than {@code due}: a scheduled job.
     * Its handler runs on one node at a time (the worker's lease), and again only if that
     * node died before it finished; a handler whose effect must happen once makes it
     * conditional, in the transaction that records it.
     */
    public Recorded recordAt(TenantId tenantId, String key, String topic, String payload, Instant due) {
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("delivery key longer than " + MAX_KEY);
        }
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload longer than " + MAX_PAYLOAD + " characters");
        }
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update(
                    "insert into intake_delivery (id, tenant_id, delivery_key, topic, payload, received_at, state, attempts, next_attempt_at) "
                            + "values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
                    UUID.randomUUID().toString(), tenantId.value(), key, topic, payload, now,
                    Timestamp.from(due.isBefore(now.toInstant()) ? now.toInstant() : due));
        }
        catch (DuplicateKeyException e) {
            return Recorded.DUPLICATE;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.nudge();
                }
            });
        }
        else {
            worker.nudge();
        }
        return Recorded.NEW;
    }

    /**
     * The site's deliveries that failed before and wait for their next attempt are due
     * now: what they waited for (a product's token, its rate limit) may be back. Those
     * scheduled for later on purpose (never attempted yet) keep their time.
     * @return how many were made due
     */
    public int retryWaiting(TenantId tenantId) {
        Timestamp now = Timestamp.from(clock.instant());
        int due = jdbc.update(
                "update intake_delivery set next_attempt_at = ? where tenant_id = ? and state = 'PENDING' and attempts > 0 and next_attempt_at > ?",
                now, tenantId.value(), now);
        if (due > 0) {
            worker.nudge();
        }
        return due;
    }

    /**
     * A delivery given up after {@link IntakeWorker#MAX_ATTEMPTS} attempts: kept 30 days
     * for the site's administrators to see.
     */
    public record Parked(String id, String topic, String deliveryKey, int attempts, Instant receivedAt,
            String lastError) {
    }

    /** The site's parked deliveries, newest first, at most {@code limit}. */
    public List<Parked> parked(TenantId tenantId, int limit) {
        return jdbc.query(
                "select id, topic, delivery_key, attempts, received_at, last_error from intake_delivery where tenant_id = ? and state = 'FAILED' "
                        + "order by received_at desc limit ?",
                (rs, i) -> new Parked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)),
                tenantId.value(), limit);
    }

    public int parkedCount(TenantId tenantId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from intake_delivery where tenant_id = ? and state = 'FAILED'", Integer.class,
                tenantId.value());
        return count == null ? 0 : count;
    }

    @EventListener
    void purge(SitePurging event) {
        jdbc.update("delete from intake_delivery where tenant_id = ?", event.tenantId().value());
    }

}
