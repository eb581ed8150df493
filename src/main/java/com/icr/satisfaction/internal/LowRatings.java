package com.icr.satisfaction.internal;

import com.icr.satisfaction.LowRating;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The low ratings a relationship's customers gave in a span of time, oldest first. */
@Component
public class LowRatings {

    private final JdbcTemplate jdbc;

    LowRatings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<LowRating> during(TenantId tenantId, String providerId, String customerId, Instant from,
            Instant until) {
        return jdbc
            .query("select c.issue_id, c.issue_key, a.account_id, a.rating, a.met, a.comment, a.answered_at, a.rating_scale "
                    + "from satisfaction_answer a join satisfaction_check c on c.id = a.check_id "
                    + "where a.tenant_id = ? and c.tenant_id = ? and c.provider_id = ? and c.customer_id = ? "
                    + "and ((a.rating_scale = 'NPS_11' and a.rating <= ?) or (a.rating_scale <> 'NPS_11' and a.rating <= ?)) "
                    + "and a.answered_at >= ? and a.answered_at < ? " + "order by a.answered_at, c.issue_id limit 200",
                    (rs, i) -> new LowRating(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            "NPS_11".equals(rs.getString(8)) ? 10 : 5,
                            rs.getString(5) == null ? "" : rs.getString(5).toLowerCase(java.util.Locale.ROOT),
                            rs.getString(6) == null ? "" : rs.getString(6), rs.getTimestamp(7).toInstant()),
                    tenantId.value(), tenantId.value(), providerId, customerId, LowRating.LOW_OF_10, LowRating.LOW,
                    Timestamp.from(from), Timestamp.from(until));
    }

}
