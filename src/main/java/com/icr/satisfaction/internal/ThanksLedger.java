package com.icr.satisfaction.internal;

import com.icr.satisfaction.Gift;
import com.icr.satisfaction.GivenThanks;
import com.icr.tenant.TenantId;
import com.icr.core.HostUnavailable;
import com.icr.core.OverLimit;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every thank-you of a site, from checks and given at any time: the appreciation feature
 * reads and adds to it here. One limit for both kinds: a person thanks at most
 * {@value #DAILY_LIMIT} times in 24 hours, so thanks stay worth something and nobody
 * floods another department's inboxes.
 */
@Component
public class ThanksLedger {

    public static final int DAILY_LIMIT = 10;

    private static final Duration WINDOW = Duration.ofHours(24);

    private static final ReentrantLock[] GIVERS = new ReentrantLock[64];

    static {
        for (int i = 0; i < GIVERS.length; i++) {
            GIVERS[i] = new ReentrantLock();
        }
    }

    private final ThanksRepository thanks;

    private final CheckRepository checks;

    private final Clock clock;

    private final JdbcTemplate jdbc;

    public ThanksLedger(ThanksRepository thanks, CheckRepository checks, Clock clock, JdbcTemplate jdbc) {
        this.thanks = thanks;
        this.checks = checks;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Makes sure the giver has their lock row; outside any transaction (a row two first
     * thanks insert at once is inserted once, and the other's failure ends no
     * transaction).
     */
    private void registerGiver(TenantId tenantId, String from) {
        if (jdbc.queryForObject("select count(*) from thanks_giver where tenant_id = ? and account_id = ?",
                Integer.class, tenantId.value(), from) > 0) {
            return;
        }
        try {
            jdbc.update("insert into thanks_giver (tenant_id, account_id) values (?, ?)", tenantId.value(), from);
        }
        catch (DuplicateKeyException e) {
            // there already
        }
    }

    /**
     * Runs a thank-you of {@code from} (its own transaction) one at a time per giver on
     * this node, before it takes a database connection: parallel sends of one person wait
     * here, not on the database's row lock while holding pooled connections. The row lock
     * ({@link #requireWithinLimit}) still orders them across nodes. A wait is bounded:
     * past 10 seconds the send is a 503 to try again.
     */
    public <T> T oneAtATime(TenantId tenantId, String from, Supplier<T> work) {
        if (from == null) {
            return work.get();
        }
        registerGiver(tenantId, from);
        ReentrantLock lock = GIVERS[Math.floorMod((tenantId.value() + "|" + from).hashCode(), GIVERS.length)];
        try {
            if (!lock.tryLock(10, TimeUnit.SECONDS)) {
                throw new HostUnavailable(null, Duration.ofSeconds(1), "host.thanks-busy");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostUnavailable(e, Duration.ofSeconds(1), "host.thanks-interrupted");
        }
        try {
            return work.get();
        }
        finally {
            lock.unlock();
        }
    }

    @Transactional
    public GivenThanks give(TenantId tenantId, Gift gift) {
        requireWithinLimit(tenantId, gift.from());
        return thanks.saveAndFlush(new Thanks(tenantId, gift, clock.instant())).given(null);
    }

    /**
     * 429 once the person has thanked {@value #DAILY_LIMIT} times in the last 24 hours,
     * saying when they may again.
     */
    public void requireWithinLimit(TenantId tenantId, String from) {
        // The giver's row stays locked until this transaction ends: a second thank-you of
        // theirs waits here and
        // then counts this one. Without the lock 30 sent at once all counted the same 0
        // and all were stored.
        if (from != null && jdbc.update("update thanks_giver set locked_at = ? where tenant_id = ? and account_id = ?",
                Timestamp.from(clock.instant()), tenantId.value(), from) == 0) {
            jdbc.update("insert into thanks_giver (tenant_id, account_id, locked_at) values (?, ?, ?)",
                    tenantId.value(), from, Timestamp.from(clock.instant()));
        }
        Instant since = clock.instant().minus(WINDOW);
        if (thanks.countByTenantIdAndFromAndCreatedAtAfter(tenantId, from, since) >= DAILY_LIMIT) {
            Instant oldest = thanks.findFirstByTenantIdAndFromAndCreatedAtAfterOrderByCreatedAt(tenantId, from, since)
                .map(Thanks::createdAt)
                .orElse(clock.instant());
            throw new OverLimit(Duration.between(clock.instant(), oldest.plus(WINDOW)), "over-limit.thanks",
                    DAILY_LIMIT);
        }
    }

    /** Thanks to or from any of the departments during the period, newest first. */
    @Transactional(readOnly = true)
    public List<GivenThanks> involving(TenantId tenantId, Collection<String> departmentIds, Instant from,
            Instant until) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return given(thanks.involving(tenantId, departmentIds, from, until));
    }

    /** The latest thanks naming this person: what the app shows them as its notice. */
    @Transactional(readOnly = true)
    public List<GivenThanks> receivedBy(TenantId tenantId, String accountId, Instant since, int limit) {
        return given(thanks.receivedBy(tenantId, accountId, since, PageRequest.of(0, limit))).stream()
            .filter(g -> g.to().contains(accountId))
            .toList();
    }

    /** Each thank-you with the issue of its check, in one query for all. */
    List<GivenThanks> given(List<Thanks> found) {
        Map<String, String> issues = issuesOf(found);
        return found.stream().map(t -> t.given(issues.get(t.id()))).toList();
    }

    /**
     * The issue each thank-you followed (by the thank-you's id), for those that followed
     * a check; one query for all.
     */
    Map<String, String> issuesOf(List<Thanks> found) {
        List<String> checkIds = found.stream().map(Thanks::checkId).filter(Objects::nonNull).distinct().toList();
        if (checkIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> issueOfCheck = new HashMap<>();
        checks.findAllById(checkIds).forEach(c -> issueOfCheck.put(c.id(), c.issueId()));
        Map<String, String> issues = new HashMap<>();
        found.stream()
            .filter(t -> t.checkId() != null && issueOfCheck.containsKey(t.checkId()))
            .forEach(t -> issues.put(t.id(), issueOfCheck.get(t.checkId())));
        return issues;
    }

}
