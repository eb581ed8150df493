package com.icr.satisfaction.internal;

import com.icr.relationship.MatrixFigures.Pair;
import com.icr.satisfaction.LowRating;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The low ratings a relationship's checks received since a time, newest first. */
@Component
public class LowRatings {

    private final JdbcTemplate jdbc;

    LowRatings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LowRating> of(TenantId tenantId, Pair pair, Instant since) {
        return jdbc.query(
                "select c.issue_id, c.issue_key, a.rating, a.comment, a.answered_at from satisfaction_answer a "
                        + "join satisfaction_check c on c.id = a.check_id where c.tenant_id = ? and a.tenant_id = ? "
                        + "and c.provider_id = ? and c.customer_id = ? and a.rating <= ? and a.answered_at >= ? "
                        + "order by a.answered_at desc, a.id",
                (rs, i) -> new LowRating(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4) == null ? "" : rs.getString(4), rs.getTimestamp(5).toInstant()),
                tenantId.value(), tenantId.value(), pair.providerId(), pair.customerId(), LowRating.AT_MOST,
                Timestamp.from(since));
    }

}
