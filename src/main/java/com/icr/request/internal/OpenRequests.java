package com.icr.request.internal;

import com.icr.relationship.CalendarInForce;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.ServiceTarget;
import com.icr.request.OpenRequest;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open internal requests of some relationships, oldest first, each with its next
 * service target counted as the issue panel counts it (the relationship's agreed target,
 * in its working calendar where that is in force).
 */
@Component
public class OpenRequests {

    private final JdbcTemplate jdbc;

    private final RelationshipManagement relationships;

    OpenRequests(JdbcTemplate jdbc, RelationshipManagement relationships) {
        this.jdbc = jdbc;
        this.relationships = relationships;
    }

    public List<OpenRequest> of(TenantId tenantId, RelationshipView relationship) {
        Pair pair = new Pair(relationship.provider().id(), relationship.customer().id());
        ServiceTarget target = relationship.agreed() == null ? ServiceTarget.NONE
                : relationship.agreed().serviceTarget();
        CalendarInForce calendar = relationships.calendarInForce(tenantId, relationship.id()).orElse(null);
        List<OpenRequest> open = new ArrayList<>();
        jdbc.query("select issue_id, issue_key, coalesce(issue_created_at, created_at), first_response_at, decision "
                + "from internal_request where tenant_id = ? and provider_id = ? and customer_id = ? "
                + "and resolved_at is null and deleted = false order by coalesce(issue_created_at, created_at), issue_id",
                rs -> {
                    Instant created = instant(rs.getTimestamp(3));
                    Instant firstResponse = instant(rs.getTimestamp(4));
                    Instant due = null;
                    OpenRequest.Target which = null;
                    if (firstResponse == null && target.firstResponseHours() != null) {
                        due = ServiceClock.dueAt(target.firstResponseHours(), created, calendar);
                        which = OpenRequest.Target.FIRST_RESPONSE;
                    }
                    else if (target.resolutionHours() != null) {
                        due = ServiceClock.dueAt(target.resolutionHours(), created, calendar);
                        which = OpenRequest.Target.RESOLUTION;
                    }
                    open.add(new OpenRequest(rs.getString(1), rs.getString(2), pair, created, rs.getString(5) == null,
                            due, which));
                }, tenantId.value(), pair.providerId(), pair.customerId());
        return open;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
