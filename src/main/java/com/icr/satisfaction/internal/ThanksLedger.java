package com.icr.satisfaction.internal;

import com.icr.satisfaction.Gift;
import com.icr.satisfaction.GivenThanks;
import com.icr.tenant.TenantId;
import com.icr.core.OverLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every thank-you of a site, from checks and given at any time: the appreciation feature reads and adds to
 * it here. One limit for both kinds: a person thanks at most {@value #DAILY_LIMIT} times in 24 hours, so
 * thanks stay worth something and nobody floods another department's inboxes.
 */
@Component
public class ThanksLedger {

    public static final int DAILY_LIMIT = 10;
    private static final Duration WINDOW = Duration.ofHours(24);

    private final ThanksRepository thanks;
    private final CheckRepository checks;
    private final Clock clock;

    public ThanksLedger(ThanksRepository thanks, CheckRepository checks, Clock clock) {
        this.thanks = thanks;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public GivenThanks give(TenantId tenantId, Gift gift) {
        requireWithinLimit(tenantId, gift.from());
        return thanks.saveAndFlush(new Thanks(tenantId, gift, clock.instant())).given(null);
    }

    /** 429 once the person has thanked {@value #DAILY_LIMIT} times in the last 24 hours, saying when they may again. */
    public void requireWithinLimit(TenantId tenantId, String from) {
        Instant since = clock.instant().minus(WINDOW);
        if (thanks.countByTenantIdAndFromAndCreatedAtAfter(tenantId, from, since) >= DAILY_LIMIT) {
            Instant oldest = thanks.findFirstByTenantIdAndFromAndCreatedAtAfterOrderByCreatedAt(tenantId, from, since)
                    .map(Thanks::createdAt).orElse(clock.instant());
            throw new OverLimit("You have thanked " + DAILY_LIMIT + " times in the last 24 hours, the most anyone can;"
                    + " you can thank again in a while.", Duration.between(clock.instant(), oldest.plus(WINDOW)));
        }
    }

    /** Thanks to or from any of the departments during the period, newest first. */
    @Transactional(readOnly = true)
    public List<GivenThanks> involving(TenantId tenantId, Collection<String> departmentIds, Instant from, Instant until) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return given(thanks.involving(tenantId, departmentIds, from, until));
    }

    /** The latest thanks naming this person: what the app shows them as its notice. */
    @Transactional(readOnly = true)
    public List<GivenThanks> receivedBy(TenantId tenantId, String accountId, Instant since, int limit) {
        return given(thanks.receivedBy(tenantId, accountId, since, PageRequest.of(0, limit))).stream()
                .filter(g -> g.to().contains(accountId)).toList();
    }

    /** Each thank-you with the issue of its check, in one query for all. */
    List<GivenThanks> given(List<Thanks> found) {
        Map<String, String> issues = issuesOf(found);
        return found.stream().map(t -> t.given(issues.get(t.id()))).toList();
    }

    /** The issue each thank-you followed (by the thank-you's id), for those that followed a check; one query for all. */
    Map<String, String> issuesOf(List<Thanks> found) {
        List<String> checkIds = found.stream().map(Thanks::checkId).filter(Objects::nonNull).distinct().toList();
        if (checkIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> issueOfCheck = new HashMap<>();
        checks.findAllById(checkIds).forEach(c -> issueOfCheck.put(c.id(), c.issueId()));
        Map<String, String> issues = new HashMap<>();
        found.stream().filter(t -> t.checkId() != null && issueOfCheck.containsKey(t.checkId()))
                .forEach(t -> issues.put(t.id(), issueOfCheck.get(t.checkId())));
        return issues;
    }
}
