package com.icr.intake.internal;

import com.icr.intake.DeliveryHandler;
import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off stored deliveries. A node claims deliveries with a lease
 * ({@code claimed_until}) by a conditional update, so two nodes on one database never
 * work the same delivery at once, and a node that dies mid-way leaves a lease that runs
 * out, after which another node (or itself, restarted) takes the delivery over. Failed
 * attempts wait with exponential backoff, or as long as the product's {@code Retry-After}
 * asked.
 *
 * <p>
 * One pass at a time per node claims as many due deliveries as it has idle handler
 * threads (one select of the due ones, off the index in order; their updates in one
 * transaction), and reads them with their payloads in one select; the handlers run on
 * {@code icr.intake.threads} threads (they mostly wait for Jira); the pass marks the
 * finished ones done together, one update per claim. Per delivery that is a share of four
 * commits-free statements and of two commits, where it had four statements and two
 * commits of its own and a select that read the whole backlog.
 */
@Component
public class IntakeWorker {

    private static final Logger log = LoggerFactory.getLogger(IntakeWorker.class);

    /**
     * How long a claim lasts ({@code icr.intake.lease}): a delivery claimed by a node
     * that stopped is taken over by another node (or the restarted one) after it.
     */
    public static final Duration LEASE = Duration.ofSeconds(60);

    /**
     * Attempts after which a delivery is parked (state {@code FAILED}): listed to the
     * site's administrators, never tried again.
     */
    public static final int MAX_ATTEMPTS = 12;

    /** Retries of a lost race that come at once, before backing off. */
    static final int QUICK_RETRIES = 3;
    static final Duration QUICK_RETRY = Duration.ofMillis(100);

    /** The most deliveries one claim takes. */
    static final int MAX_CLAIM = 32;

    private static final Object WAKE = new Object();

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    /**
     * Resolved at first use: handlers reach the intake through their modules, which would
     * make a cycle.
     */
    private final ObjectProvider<DeliveryHandler> handlerBeans;

    private volatile Map<String, DeliveryHandler> handlers;

    private final Clock clock;

    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    private final AtomicLong claims = new AtomicLong();

    private final int threads;

    private final ExecutorService handling;

    private final ExecutorService passes;

    private final ReentrantLock pass = new ReentrantLock();

    private final AtomicBoolean passQueued = new AtomicBoolean();

    private final AtomicBoolean wakePending = new AtomicBoolean();

    /**
     * What the pass waits for: a handler finished ({@link Finished}), or something was
     * stored ({@link #WAKE}).
     */
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    private volatile boolean stopping;

    private final Duration lease;

    public IntakeWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ObjectProvider<DeliveryHandler> handlerBeans, Clock clock, @Value("${icr.intake.threads:4}") int threads,
            @Value("${icr.intake.lease:60s}") Duration lease) {
        this.lease = lease;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.handlerBeans = handlerBeans;
        this.clock = clock;
        this.threads = Math.max(1, threads);
        AtomicInteger names = new AtomicInteger();
        this.handling = Executors.newFixedThreadPool(this.threads,
                r -> daemon(r, "intake-worker-" + names.incrementAndGet()));
        this.passes = Executors.newSingleThreadExecutor(r -> daemon(r, "intake-claims"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Something was stored: drain soon, on the worker's threads, not the caller's. */
    public void nudge() {
        if (wakePending.compareAndSet(false, true)) {
            events.add(WAKE);
        }
        if (!stopping && passQueued.compareAndSet(false, true)) {
            try {
                passes.execute(() -> {
                    passQueued.set(false);
                    drain();
                });
            }
            catch (RejectedExecutionException e) {
                passQueued.set(false); // shutting down: what was stored is worked after
                                       // the restart
            }
        }
    }

    /**
     * Catches what a nudge did not: retries that are due, leases that ran out, deliveries
     * of another node.
     */
    @Scheduled(fixedDelayString = "${icr.intake.poll:1000}", initialDelayString = "${icr.intake.poll:1000}")
    public void poll() {
        nudge();
    }

    private record Claimed(String id, String tenantId, String topic, int attempts, String payload, String token) {
    }

    /**
     * A claim: the deliveries won, and whether more may be due (as many were due as were
     * asked for).
     */
    private record Claim(List<Claimed> won, boolean full) {
    }

    /**
     * A handler's end: done (to be marked by the pass) or already put off or failed by
     * the handler thread.
     */
    private record Finished(Claimed delivery, boolean done) {
    }

    /**
     * Claims and works off due deliveries until none is due and none is running; returns
     * at once when another pass of this node runs (which then looks again).
     * @return how many deliveries this pass worked off
     */
    public int drain() {
        if (!pass.tryLock()) {
            return 0;
        }
        try {
            int worked = 0;
            int running = 0;
            boolean look = true;
            List<Claimed> done = new ArrayList<>();
            while (true) {
                if (look && running < threads && !stopping) {
                    wakePending.set(false);
                    Claim claim = claim(threads - running);
                    for (Claimed delivery : claim.won()) {
                        try {
                            handling.execute(() -> {
                                boolean ok = false;
                                try {
                                    ok = work(delivery);
                                }
                                finally {
                                    events.add(new Finished(delivery, ok));
                                }
                            });
                            running++;
                        }
                        catch (RejectedExecutionException e) {
                            log.info("Intake stopping: delivery {} is left to its lease", delivery.id());
                        }
                    }
                    // Full: more may be due (or another node won this lot); look again
                    // once a thread is free.
                    look = claim.full();
                    if (look && running < threads) {
                        continue;
                    }
                }
                if (running == 0 && (!look || stopping)) {
                    return worked;
                }
                Object event = events.poll(1, TimeUnit.SECONDS);
                List<Object> arrived = new ArrayList<>();
                if (event != null) {
                    arrived.add(event);
                    events.drainTo(arrived);
                }
                for (Object e : arrived) {
                    if (e instanceof Finished finished) {
                        running--;
                        worked++;
                        if (finished.done()) {
                            done.add(finished.delivery());
                        }
                    }
                    else {
                        look = true;
                    }
                }
                markDone(done);
                done.clear();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        finally {
            pass.unlock();
        }
    }

    /**
     * Claims up to {@code room} due deliveries of the topics this node has handlers for.
     */
    private Claim claim(int room) {
        int want = Math.min(room, MAX_CLAIM);
        // Only topics this node can work: a node of an older version leaves a newer topic
        // to the others.
        List<String> topics = List.copyOf(handlers().keySet());
        if (topics.isEmpty()) {
            return new Claim(List.of(), false);
        }
        try {
            Instant now = clock.instant();
            List<Object> args = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(now)));
            args.addAll(topics);
            args.add(want);
            // Ordered as the index (state, next_attempt_at) is, the due ones come off it
            // without a sort of the whole
            // backlog (HSQLDB sorts everything for "order by next_attempt_at"); the
            // topics as ORs, not a list it joins.
            List<String> candidates = jdbc
                .queryForList("select id from intake_delivery where state = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until < ?) and ("
                        + String.join(" or ", Collections.nCopies(topics.size(), "topic = ?"))
                        + ") order by state, next_attempt_at limit ?", String.class, args.toArray());
            if (candidates.isEmpty()) {
                return new Claim(List.of(), false);
            }
            String token = node + ":" + claims.incrementAndGet();
            Timestamp until = Timestamp.from(now.plus(lease));
            // One update per delivery, by its key (a list of keys would have the database
            // scan every pending one), in
            // one transaction: one commit; in key order, so that claims of two nodes
            // never wait on each other in a circle.
            List<Object[]> claimArgs = candidates.stream()
                .sorted()
                .map(id -> new Object[] { token, until, id, Timestamp.from(now), Timestamp.from(now) })
                .toList();
            transactions.executeWithoutResult(tx -> jdbc
                .batchUpdate("update intake_delivery set claimed_by = ?, claimed_until = ? where id = ? "
                        + "and state = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)",
                        claimArgs));
            List<String> ids = padded(candidates);
            List<Object> readArgs = new ArrayList<>(ids);
            readArgs.add(token);
            // The conditions above were the select's again: another thread or node may
            // have taken one, or put it off,
            // since. What this claim won, with the attempts counted so far (now, not at
            // the select).
            List<Claimed> won = jdbc.query(
                    "select id, tenant_id, topic, attempts, payload from intake_delivery where id in ("
                            + marks(ids.size()) + ") and claimed_by = ?",
                    (rs, i) -> new Claimed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), token),
                    readArgs.toArray());
            return new Claim(won, candidates.size() == want);
        }
        catch (DataAccessException | TransactionException e) {
            log.warn("Intake cannot claim its deliveries ({}); trying again at the next poll", e.getMessage());
            return new Claim(List.of(), false);
        }
    }

    /**
     * @return whether the delivery is done (to be marked); otherwise it was put off or
     * given up here
     */
    private boolean work(Claimed delivery) {
        DeliveryHandler handler = handlers().get(delivery.topic());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for topic " + delivery.topic());
            }
            handler.handle(new TenantId(delivery.tenantId()), delivery.payload());
            return true;
        }
        catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            // Another delivery of the same issue won a race: apply again shortly. But a
            // value the database cannot
            // store fails the same way every time: every failure counts, the quick
            // retries are few, and then the
            // delivery backs off and is parked like any other that cannot succeed.
            retryOrGiveUp(delivery, delivery.attempts() < QUICK_RETRIES ? QUICK_RETRY : backoff(delivery.attempts()),
                    e);
        }
        catch (HostUnavailable e) {
            retryOrGiveUp(delivery, e.retryAfter().orElse(backoff(delivery.attempts())), e);
        }
        catch (RuntimeException e) {
            retryOrGiveUp(delivery, backoff(delivery.attempts()), e);
        }
        return false;
    }

    /**
     * One update per claim of the lot; a delivery whose lease another node took over
     * since is left to it.
     */
    private void markDone(List<Claimed> done) {
        if (done.isEmpty()) {
            return;
        }
        Map<String, List<String>> byClaim = done.stream()
            .collect(Collectors.groupingBy(Claimed::token, LinkedHashMap::new,
                    Collectors.mapping(Claimed::id, Collectors.toList())));
        Timestamp now = Timestamp.from(clock.instant());
        byClaim.forEach((token, ids) -> {
            List<String> padded = padded(ids);
            List<Object> args = new ArrayList<>(List.of(now, token));
            args.addAll(padded);
            try {
                jdbc.update(
                        "update intake_delivery set state = 'DONE', done_at = ?, claimed_until = null, last_error = null "
                                + "where claimed_by = ? and id in (" + marks(padded.size()) + ")",
                        args.toArray());
            }
            catch (DataAccessException e) {
                log.warn(
                        "Intake could not mark {} deliveries done; their leases will run out and they are worked again",
                        ids.size());
            }
        });
    }

    private void retryOrGiveUp(Claimed delivery, Duration wait, RuntimeException failure) {
        int attempts = delivery.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.error("Intake parked delivery {} ({}) after {} attempts: {}", delivery.id(), delivery.topic(), attempts,
                    failure.toString());
            try {
                jdbc.update(
                        "update intake_delivery set state = 'FAILED', attempts = ?, claimed_until = null, last_error = ? where id = ?",
                        attempts, abbreviate(failure), delivery.id());
            }
            catch (DataAccessException e) {
                log.warn("Intake could not mark delivery {} failed; its lease will run out", delivery.id());
            }
            return;
        }
        log.warn("Delivery {} ({}) failed, attempt {}; next in {}: {}", delivery.id(), delivery.topic(), attempts, wait,
                failure.toString());
        reschedule(delivery, attempts, wait, failure);
    }

    private void reschedule(Claimed delivery, int attempts, Duration wait, RuntimeException failure) {
        try {
            jdbc.update(
                    "update intake_delivery set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?",
                    attempts, Timestamp.from(clock.instant().plus(wait)), failure == null ? null : abbreviate(failure),
                    delivery.id());
        }
        catch (DataAccessException e) {
            log.warn("Intake could not reschedule delivery {}; its lease will run out", delivery.id());
        }
    }

    private Map<String, DeliveryHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.orderedStream()
                .collect(Collectors.toMap(DeliveryHandler::topic, Function.identity()));
        }
        return handlers;
    }

    /**
     * The ids, repeated at the end up to the next power of two: a few statement shapes
     * rather than one per count, which the database compiles once each.
     */
    private static List<String> padded(List<String> ids) {
        int size = Integer.highestOneBit(ids.size());
        size = size == ids.size() ? size : size * 2;
        List<String> padded = new ArrayList<>(ids);
        padded.addAll(Collections.nCopies(size - ids.size(), ids.get(ids.size() - 1)));
        return padded;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(600, 1L << Math.min(attempts, 10)));
    }

    private static String abbreviate(Throwable failure) {
        String text = failure.toString();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** Lets the running handlers finish and marks them done; claims nothing more. */
    @PreDestroy
    public void stop() throws InterruptedException {
        stopping = true;
        events.add(WAKE);
        passes.shutdown();
        passes.awaitTermination(10, TimeUnit.SECONDS);
        handling.shutdown();
        handling.awaitTermination(10, TimeUnit.SECONDS);
    }

}
