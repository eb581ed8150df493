package com.icr.satisfaction.internal;

import com.icr.core.Period;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.Metric;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix's specification metric: of the internal requests resolved in the quarter
 * whose agreement had a checklist, the share whose specification was complete (as it
 * stood when the provider decided or the issue was resolved: it cannot change after
 * either), and how often the customer said expectations were met for complete and for
 * incomplete specifications (the checks of the quarter's resolutions; yes counts as met,
 * partly as half, as on the satisfaction metric).
 */
@Component
class SpecificationFigures implements MatrixFigures {

    private static final String RESOLVED = "s.tenant_id = ? and s.total > 0 and r.tenant_id = s.tenant_id and r.issue_id = s.issue_id "
            + "and r.deleted = false and r.provider_id = s.provider_id and r.customer_id = s.customer_id "
            + "and r.resolved_at >= ? and r.resolved_at < ?";

    private final JdbcTemplate jdbc;

    SpecificationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Metric metric() {
        return Metric.SPECIFICATION;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
        Object[] args = { tenantId.value(), Timestamp.from(period.start()), Timestamp.from(period.end()) };
        Map<Pair, int[]> counts = new HashMap<>();
        // per pair: complete, incomplete, then per completeness answers, yes, partly
        jdbc.query(
                "select s.provider_id, s.customer_id, s.complete, count(*) from request_specification s, "
                        + "internal_request r where " + RESOLVED + " group by s.provider_id, s.customer_id, s.complete",
                rs -> {
                    int[] c = counts.computeIfAbsent(new Pair(rs.getString(1), rs.getString(2)), p -> new int[8]);
                    c[rs.getBoolean(3) ? 0 : 1] += rs.getInt(4);
                }, args);
        jdbc.query("select s.provider_id, s.customer_id, s.complete, count(*), "
                + "sum(case when a.met = 'YES' then 1 else 0 end), sum(case when a.met = 'PARTLY' then 1 else 0 end) "
                + "from request_specification s, internal_request r, satisfaction_check c, satisfaction_answer a where "
                + RESOLVED
                + " and c.tenant_id = s.tenant_id and c.issue_id = s.issue_id and c.status in ('OPEN', 'CLOSED') "
                + "and a.check_id = c.id and a.met is not null group by s.provider_id, s.customer_id, s.complete",
                rs -> {
                    int[] c = counts.get(new Pair(rs.getString(1), rs.getString(2)));
                    if (c != null) {
                        int at = rs.getBoolean(3) ? 2 : 5;
                        c[at] += rs.getInt(4);
                        c[at + 1] += rs.getInt(5);
                        c[at + 2] += rs.getInt(6);
                    }
                }, args);
        Map<Pair, Figure> figures = new HashMap<>();
        counts.forEach((pair, c) -> figures.put(pair, figure(c)));
        return figures;
    }

    /**
     * The figure: the complete share as its value; its label says the count and, where
     * answers came, the met shares ("3 of 4 complete · met 88% vs 50%").
     */
    static Figure figure(int[] c) {
        int total = c[0] + c[1];
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("complete", c[0]);
        counts.put("incomplete", c[1]);
        counts.put("answeredComplete", c[2]);
        counts.put("metComplete", c[3]);
        counts.put("partlyComplete", c[4]);
        counts.put("answeredIncomplete", c[5]);
        counts.put("metIncomplete", c[6]);
        counts.put("partlyIncomplete", c[7]);
        String label = c[0] + " of " + total + " complete";
        if (c[2] > 0 || c[5] > 0) {
            label += " · met " + share(c[3], c[4], c[2]) + " vs " + share(c[6], c[7], c[5]);
        }
        return new Figure((double) c[0] / total, label, counts);
    }

    private static String share(int yes, int partly, int answered) {
        return answered == 0 ? "–" : Math.round((yes + partly / 2.0) * 100 / answered) + "%";
    }

}
