package com.icr.request.internal;

import com.icr.request.DeclineReason;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over a site's internal requests, in plain SQL: yeses and noes by when they were
 * decided, open requests, service targets of requests resolved in a quarter. Only
 * internal requests have a provider and a customer, so the pair columns select them.
 */
@Component
public class RequestCounts {

    private final JdbcTemplate jdbc;

    RequestCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record YesNo(int yes, int no) {
    }

    @Transactional(readOnly = true)
    public Map<Pair, YesNo> decisions(TenantId tenantId, Period period) {
        Map<Pair, YesNo> counts = new HashMap<>();
        jdbc.query("select provider_id, customer_id, sum(case when decision = 'ACCEPTED' then 1 else 0 end), "
                + "sum(case when decision = 'DECLINED' then 1 else 0 end) from internal_request "
                + "where tenant_id = ? and decided_at >= ? and decided_at < ? and provider_id is not null and deleted = false "
                + "group by provider_id, customer_id", rs -> {
                    counts.put(new Pair(rs.getString(1), rs.getString(2)), new YesNo(rs.getInt(3), rs.getInt(4)));
                }, tenantId.value(), start(period), end(period));
        return counts;
    }

    /**
     * Internal requests open at some time in the period (created before its end, not
     * resolved before its start), per pair.
     */
    @Transactional(readOnly = true)
    public Map<Pair, Integer> activeDuring(TenantId tenantId, Period period) {
        Map<Pair, Integer> counts = new HashMap<>();
        jdbc.query(
                "select provider_id, customer_id, count(*) from internal_request where tenant_id = ? and provider_id is not null "
                        + "and customer_id is not null and deleted = false and coalesce(issue_created_at, created_at) < ? "
                        + "and (resolved_at is null or resolved_at >= ?) group by provider_id, customer_id",
                rs -> {
                    counts.put(new Pair(rs.getString(1), rs.getString(2)), rs.getInt(3));
                }, tenantId.value(), end(period), start(period));
        return counts;
    }

    @Transactional(readOnly = true)
    public Map<Pair, Integer> open(TenantId tenantId) {
        Map<Pair, Integer> counts = new HashMap<>();
        jdbc.query(
                "select provider_id, customer_id, count(*) from internal_request where tenant_id = ? and provider_id is not null "
                        + "and resolved_at is null and deleted = false group by provider_id, customer_id",
                rs -> {
                    counts.put(new Pair(rs.getString(1), rs.getString(2)), rs.getInt(3));
                }, tenantId.value());
        return counts;
    }

    /**
     * A request resolved in the period: when it was created, first answered and resolved.
     * A declined request closed as "won't do" kept no service target and missed none: it
     * is not counted.
     */
    record Resolved(Pair pair, String issueId, String issueKey, Instant created, Instant firstResponse,
            Instant resolved, List<StatusSpan> statuses) {
    }

    private static final String RESOLVED_IN = "tenant_id = ? and resolved_at >= ? and resolved_at < ? and provider_id is not null "
            + "and deleted = false and (decision is null or decision <> 'DECLINED')";

    /**
     * The requests resolved in the period, each with the statuses it was in (two
     * queries).
     */
    @Transactional(readOnly = true)
    public List<Resolved> resolved(TenantId tenantId, Period period) {
        Map<String, List<StatusSpan>> spans = new HashMap<>();
        jdbc.query(
                "select request_id, status_id, status_name, entered_at, left_at from request_status_period "
                        + "where tenant_id = ? and request_id in (select id from internal_request where " + RESOLVED_IN
                        + ") order by entered_at",
                (RowCallbackHandler) rs -> spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new StatusSpan(rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                            instant(rs.getTimestamp(5)))),
                tenantId.value(), tenantId.value(), start(period), end(period));
        return jdbc.query(
                "select provider_id, customer_id, issue_created_at, first_response_at, resolved_at, id, issue_id, issue_key "
                        + "from internal_request where " + RESOLVED_IN + " order by resolved_at, issue_id",
                (rs, i) -> new Resolved(new Pair(rs.getString(1), rs.getString(2)), rs.getString(7), rs.getString(8),
                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                        spans.getOrDefault(rs.getString(6), List.of())),
                tenantId.value(), start(period), end(period));
    }

    @Transactional(readOnly = true)
    public DecisionSummary decisionsOf(TenantId tenantId, String relationshipId, Pair pair, Period period) {
        int[] yesNo = new int[2];
        Map<DeclineReason, Integer> reasons = new HashMap<>();
        jdbc.query(
                "select decision, decision_reason, count(*) from internal_request where tenant_id = ? and provider_id = ? and customer_id = ? "
                        + "and decided_at >= ? and decided_at < ? and deleted = false group by decision, decision_reason",
                rs -> {
                    int count = rs.getInt(3);
                    if ("ACCEPTED".equals(rs.getString(1))) {
                        yesNo[0] += count;
                    }
                    else {
                        yesNo[1] += count;
                        reasons.merge(DeclineReason.fromColumn(rs.getString(2)), count, Integer::sum);
                    }
                }, tenantId.value(), pair.providerId(), pair.customerId(), start(period), end(period));
        Integer undecided = jdbc.queryForObject(
                "select count(*) from internal_request where tenant_id = ? and provider_id = ? and customer_id = ? "
                        + "and issue_created_at >= ? and issue_created_at < ? and decision is null and deleted = false",
                Integer.class, tenantId.value(), pair.providerId(), pair.customerId(), start(period), end(period));
        List<DecisionSummary.ReasonCount> byReason = new ArrayList<>();
        reasons
            .forEach((reason, count) -> byReason.add(new DecisionSummary.ReasonCount(reason, reason.label(), count)));
        byReason.sort(Comparator.comparingInt(DecisionSummary.ReasonCount::count)
            .reversed()
            .thenComparing(r -> r.reason().ordinal()));
        List<DecisionSummary.Declined> declined = jdbc
            .query("select issue_id, issue_key, decision_reason, decision_note, decided_at from internal_request "
                    + "where tenant_id = ? and provider_id = ? and customer_id = ? and decision = 'DECLINED' and decided_at >= ? and decided_at < ? "
                    + "and deleted = false order by decided_at desc, issue_id limit 50", (rs, i) -> {
                        DeclineReason reason = DeclineReason.fromColumn(rs.getString(3));
                        return new DecisionSummary.Declined(rs.getString(1), rs.getString(2), reason, reason.label(),
                                rs.getString(4) == null ? "" : rs.getString(4), instant(rs.getTimestamp(5)));
                    }, tenantId.value(), pair.providerId(), pair.customerId(), start(period), end(period));
        return new DecisionSummary(relationshipId,
                new DecisionSummary.PeriodView(period.key(), period.from(), period.to()), yesNo[0], yesNo[1],
                undecided == null ? 0 : undecided, byReason, declined);
    }

    private static Timestamp start(Period period) {
        return Timestamp.from(period.start());
    }

    private static Timestamp end(Period period) {
        return Timestamp.from(period.end());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The pair's requests declined in the period, oldest first (at most 200). */
    @Transactional(readOnly = true)
    public List<com.icr.request.DigestRequests.Declined> declined(TenantId tenantId, Pair pair, Period period) {
        return jdbc
            .query("select issue_id, issue_key, decision_reason, decision_note, decided_at from internal_request "
                    + "where tenant_id = ? and provider_id = ? and customer_id = ? and decision = 'DECLINED' and decided_at >= ? "
                    + "and decided_at < ? and deleted = false order by decided_at, issue_id limit 200",
                    (rs, i) -> new com.icr.request.DigestRequests.Declined(rs.getString(1), rs.getString(2),
                            DeclineReason.fromColumn(rs.getString(3)), rs.getString(4) == null ? "" : rs.getString(4),
                            instant(rs.getTimestamp(5))),
                    tenantId.value(), pair.providerId(), pair.customerId(), start(period), end(period));
    }

}
