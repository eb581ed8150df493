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

    private final java.time.Clock clock;

    OpenRequests(JdbcTemplate jdbc, RelationshipManagement relationships, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.relationships = relationships;
        this.clock = clock;
    }

    private static final String OPEN = "tenant_id = ? and provider_id = ? and customer_id = ? and resolved_at is null and deleted = false";

    public List<OpenRequest> of(TenantId tenantId, RelationshipView relationship) {
        Pair pair = new Pair(relationship.provider().id(), relationship.customer().id());
        ServiceTarget target = relationship.agreed() == null ? ServiceTarget.NONE
                : relationship.agreed().serviceTarget();
        CalendarInForce calendar = relationships.calendarInForce(tenantId, relationship.id()).orElse(null);
        List<OpenRequest> open = new ArrayList<>();
        Instant now = clock.instant();
        // the statuses each was in: the time it waited for its customer does not count
        java.util.Map<String, List<StatusSpan>> spans = new java.util.HashMap<>();
        if (calendar != null && !calendar.pausedStatuses().isEmpty()) {
            jdbc.query("select request_id, status_id, status_name, entered_at, left_at from request_status_period "
                    + "where tenant_id = ? and request_id in (select id from internal_request where " + OPEN + ")",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> spans
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new StatusSpan(rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                                instant(rs.getTimestamp(5)))),
                    tenantId.value(), tenantId.value(), pair.providerId(), pair.customerId());
        }
        jdbc.query(
                "select issue_id, issue_key, coalesce(issue_created_at, created_at), first_response_at, decision, id "
                        + "from internal_request where " + OPEN
                        + " order by coalesce(issue_created_at, created_at), issue_id",
                rs -> {
                    Instant created = instant(rs.getTimestamp(3));
                    Instant firstResponse = instant(rs.getTimestamp(4));
                    List<StatusSpan> statuses = spans.getOrDefault(rs.getString(6), List.of());
                    Instant due = null;
                    OpenRequest.Target which = null;
                    if (firstResponse == null && target.firstResponseHours() != null) {
                        due = ServiceClock.dueAt(target.firstResponseHours(), created, calendar, statuses, now);
                        which = OpenRequest.Target.FIRST_RESPONSE;
                    }
                    else if (target.resolutionHours() != null) {
                        due = ServiceClock.dueAt(target.resolutionHours(), created, calendar, statuses, now);
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
