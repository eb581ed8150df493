package com.icr.satisfaction.internal;

import com.icr.relationship.MatrixFigures.Pair;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over a site's checks in plain SQL, per provider and customer, for the quarter of
 * their resolution. A check counts as sent once asked; cancelled ones count nowhere.
 * Every answer counts in the ratings and the expectations met, superseded checks' too:
 * each was an answer about work that was delivered.
 */
@Component
class SatisfactionCounts {

    private static final String COUNTED = "c.tenant_id = ? and c.status in ('OPEN', 'CLOSED') and c.resolved_at >= ? and c.resolved_at < ?";

    private final JdbcTemplate jdbc;

    SatisfactionCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pair's figures for a quarter. */
    @Schema(name = "SatisfactionQuarter")
    record Quarter(String period, int sent, int answered, @Schema(nullable = true) Double responseRate,
            @Schema(nullable = true) Double averageRating, MetCounts met,
            @Schema(nullable = true, description = "yes counts as met, partly as half") Double metShare,
            @Schema(nullable = true) Double clarity, int clarityRatings,
            @Schema(description = "Answers given on the 1 to 5 scale: the average rating counts only these") int ratings,
            @Schema(description = "Answers given on the 0 to 10 scale, counted as NPS") Nps nps) {

        static Quarter of(String period, int sent, int answered, int ratings, long ratingSum, MetCounts met,
                int clarityRatings, long claritySum) {
            return of(period, sent, answered, ratings, ratingSum, met, clarityRatings, claritySum, Nps.of(0, 0, 0));
        }

        static Quarter of(String period, int sent, int answered, int ratings, long ratingSum, MetCounts met,
                int clarityRatings, long claritySum, Nps nps) {
            return new Quarter(period, sent, answered, sent == 0 ? null : (double) answered / sent,
                    ratings == 0 ? null : (double) ratingSum / ratings, met,
                    met.total() == 0 ? null : (met.yes() + met.partly() / 2.0) / met.total(),
                    clarityRatings == 0 ? null : (double) claritySum / clarityRatings, clarityRatings, ratings, nps);
        }
    }

    /**
     * Ratings on the 0 to 10 scale: promoters gave 9 or 10, detractors 0 to 6; the score
     * is the promoters' share less the detractors', in points from -100 to 100.
     */
    @Schema(name = "NpsFigures")
    record Nps(int answers, int promoters, int detractors, @Schema(nullable = true) Double score) {

        static Nps of(int answers, int promoters, int detractors) {
            return new Nps(answers, promoters, detractors,
                    answers == 0 ? null : 100.0 * (promoters - detractors) / answers);
        }
    }

    record MetCounts(int yes, int partly, int no) {
        int total() {
            return yes + partly + no;
        }
    }

    @Transactional(readOnly = true)
    public Map<Pair, Quarter> byPair(TenantId tenantId, Period period) {
        return counts(tenantId, period, "", List.of());
    }

    /** One relationship's last quarters, oldest first, ending with {@code period}. */
    @Transactional(readOnly = true)
    public List<Quarter> trend(TenantId tenantId, Pair pair, Period period, int quarters) {
        List<Quarter> trend = new ArrayList<>();
        Period quarter = period;
        for (int i = 0; i < quarters; i++) {
            Quarter counted = counts(tenantId, quarter, " and c.provider_id = ? and c.customer_id = ?",
                    List.of(pair.providerId(), pair.customerId()))
                .get(pair);
            trend.add(0, counted != null ? counted
                    : Quarter.of(quarter.key(), 0, 0, 0, 0, new MetCounts(0, 0, 0), 0, 0, Nps.of(0, 0, 0)));
            quarter = quarter.previous();
        }
        return trend;
    }

    private Map<Pair, Quarter> counts(TenantId tenantId, Period period, String filter, List<Object> filterArgs) {
        List<Object> args = new ArrayList<>(
                List.of(tenantId.value(), Timestamp.from(period.start()), Timestamp.from(period.end())));
        args.addAll(filterArgs);
        Map<Pair, int[]> checks = new HashMap<>();
        jdbc.query("select c.provider_id, c.customer_id, count(*), "
                + "sum(case when exists (select 1 from satisfaction_answer a where a.check_id = c.id) then 1 else 0 end), "
                + "count(c.clarity_rating), coalesce(sum(c.clarity_rating), 0) from satisfaction_check c where "
                + COUNTED + filter + " group by c.provider_id, c.customer_id", rs -> {
                    checks.put(new Pair(rs.getString(1), rs.getString(2)),
                            new int[] { rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) });
                }, args.toArray());
        Map<Pair, long[]> answers = new HashMap<>();
        jdbc.query("select c.provider_id, c.customer_id, sum(case when a.rating_scale = 'RATING_5' then 1 else 0 end), "
                + "sum(case when a.rating_scale = 'RATING_5' then a.rating else 0 end), sum(case when a.met = 'YES' then 1 else 0 end), "
                + "sum(case when a.met = 'PARTLY' then 1 else 0 end), sum(case when a.met = 'NO' then 1 else 0 end), "
                + "sum(case when a.rating_scale = 'NPS_11' then 1 else 0 end), "
                + "sum(case when a.rating_scale = 'NPS_11' and a.rating >= 9 then 1 else 0 end), "
                + "sum(case when a.rating_scale = 'NPS_11' and a.rating <= 6 then 1 else 0 end) "
                + "from satisfaction_answer a join satisfaction_check c on c.id = a.check_id where " + COUNTED + filter
                + " group by c.provider_id, c.customer_id", rs -> {
                    answers.put(new Pair(rs.getString(1), rs.getString(2)),
                            new long[] { rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                                    rs.getLong(8), rs.getLong(9), rs.getLong(10) });
                }, args.toArray());
        Map<Pair, Quarter> figures = new HashMap<>();
        checks.forEach((pair, c) -> {
            long[] a = answers.getOrDefault(pair, new long[8]);
            figures.put(pair,
                    Quarter.of(period.key(), c[0], c[1], (int) a[0], a[1],
                            new MetCounts((int) a[2], (int) a[3], (int) a[4]), c[2], c[3],
                            Nps.of((int) a[5], (int) a[6], (int) a[7])));
        });
        return figures;
    }

}
