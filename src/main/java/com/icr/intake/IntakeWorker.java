package com.icr.intake;

import com.icr.tenant.HostUnavailable;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off stored deliveries. A node claims a delivery with a lease ({@code claimed_until}) by a conditional
 * update, so two nodes on one database never work the same delivery at once, and a node that dies mid-way
 * leaves a lease that runs out, after which another node (or itself, restarted) takes the delivery over.
 * Failed attempts wait with exponential backoff, or as long as the product's {@code Retry-After} asked.
 */
@Component
public class IntakeWorker {

    private static final Logger log = LoggerFactory.getLogger(IntakeWorker.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 12;
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    /** Resolved at first use: handlers reach the intake through their modules, which would make a cycle. */
    private final ObjectProvider<DeliveryHandler> handlerBeans;
    private volatile Map<String, DeliveryHandler> handlers;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService executor;
    private final int threads;
    /** Drains queued or running; a nudge while one runs only needs one more pass after it. */
    private final AtomicInteger scheduled = new AtomicInteger();

    IntakeWorker(JdbcTemplate jdbc, ObjectProvider<DeliveryHandler> handlerBeans, Clock clock, @Value("${icr.intake.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.handlerBeans = handlerBeans;
        this.clock = clock;
        this.threads = threads;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "intake-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Something was stored: drain soon, on the worker's threads, not the caller's. */
    public void nudge() {
        if (scheduled.get() < threads + 1) {
            scheduled.incrementAndGet();
            executor.execute(() -> {
                try {
                    drain();
                } finally {
                    scheduled.decrementAndGet();
                }
            });
        }
    }

    /** Catches what a nudge did not: retries that are due, leases that ran out, deliveries of another node. */
    @Scheduled(fixedDelayString = "${icr.intake.poll:1000}", initialDelayString = "${icr.intake.poll:1000}")
    void poll() {
        nudge();
    }

    private record Due(String id, String tenantId, String topic, int attempts) {
    }

    /** @return how many deliveries this pass worked off */
    int drain() {
        int worked = 0;
        while (true) {
            List<Due> due;
            try {
                Timestamp now = Timestamp.from(clock.instant());
                // Only topics this node can work: a node of an older version leaves a newer topic to the others.
                List<String> topics = List.copyOf(handlers().keySet());
                if (topics.isEmpty()) {
                    return worked;
                }
                List<Object> args = new java.util.ArrayList<>(List.of(now, now));
                args.addAll(topics);
                due = jdbc.query("select id, tenant_id, topic, attempts from intake_delivery where state = 'PENDING' and next_attempt_at <= ? "
                                + "and (claimed_until is null or claimed_until < ?) and topic in (" + String.join(", ", java.util.Collections.nCopies(topics.size(), "?"))
                                + ") order by next_attempt_at, received_at limit " + BATCH,
                        (rs, i) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), args.toArray());
            } catch (DataAccessException e) {
                log.warn("Intake cannot read its deliveries ({}); trying again at the next poll", e.getMessage());
                return worked;
            }
            int claimed = 0;
            for (Due delivery : due) {
                if (claim(delivery)) {
                    claimed++;
                    work(delivery);
                    worked++;
                }
            }
            if (claimed == 0) {
                return worked;
            }
        }
    }

    private boolean claim(Due delivery) {
        Instant now = clock.instant();
        try {
            // The conditions of the select again: another thread or node may have worked it, or put it off, since.
            return jdbc.update("update intake_delivery set claimed_by = ?, claimed_until = ? where id = ? and state = 'PENDING' "
                            + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)",
                    node, Timestamp.from(now.plus(LEASE)), delivery.id(), Timestamp.from(now), Timestamp.from(now)) == 1;
        } catch (DataAccessException e) {
            return false;
        }
    }

    private void work(Due claimed) {
        Due delivery = claimed;
        DeliveryHandler handler = handlers().get(delivery.topic());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for topic " + delivery.topic());
            }
            // read once claimed: the attempts counted so far are the ones of now, not of the select
            Map.Entry<String, Integer> stored = jdbc.queryForObject("select payload, attempts from intake_delivery where id = ?",
                    (rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)), delivery.id());
            String payload = stored.getKey();
            delivery = new Due(delivery.id(), delivery.tenantId(), delivery.topic(), stored.getValue());
            handler.handle(new TenantId(delivery.tenantId()), payload);
            jdbc.update("update intake_delivery set state = 'DONE', done_at = ?, claimed_until = null, last_error = null where id = ?",
                    Timestamp.from(clock.instant()), delivery.id());
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            // Another delivery of the same issue won a race: apply again shortly; not the delivery's fault.
            reschedule(delivery, delivery.attempts(), Duration.ofMillis(100), null);
        } catch (HostUnavailable e) {
            retryOrGiveUp(delivery, e.retryAfter().orElse(backoff(delivery.attempts())), e);
        } catch (RuntimeException e) {
            retryOrGiveUp(delivery, backoff(delivery.attempts()), e);
        }
    }

    private void retryOrGiveUp(Due delivery, Duration wait, RuntimeException failure) {
        int attempts = delivery.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.error("Intake gave up on delivery {} ({}) after {} attempts", delivery.id(), delivery.topic(), attempts, failure);
            try {
                jdbc.update("update intake_delivery set state = 'FAILED', attempts = ?, claimed_until = null, last_error = ? where id = ?",
                        attempts, abbreviate(failure), delivery.id());
            } catch (DataAccessException e) {
                log.warn("Intake could not mark delivery {} failed; its lease will run out", delivery.id());
            }
            return;
        }
        log.warn("Delivery {} ({}) failed, attempt {}; next in {}: {}", delivery.id(), delivery.topic(), attempts, wait, failure.toString());
        reschedule(delivery, attempts, wait, failure);
    }

    private void reschedule(Due delivery, int attempts, Duration wait, RuntimeException failure) {
        try {
            jdbc.update("update intake_delivery set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?",
                    attempts, Timestamp.from(clock.instant().plus(wait)), failure == null ? null : abbreviate(failure), delivery.id());
        } catch (DataAccessException e) {
            log.warn("Intake could not reschedule delivery {}; its lease will run out", delivery.id());
        }
    }

    private Map<String, DeliveryHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.orderedStream().collect(Collectors.toMap(DeliveryHandler::topic, Function.identity()));
        }
        return handlers;
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(600, 1L << Math.min(attempts, 10)));
    }

    private static String abbreviate(Throwable failure) {
        String text = failure.toString();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
