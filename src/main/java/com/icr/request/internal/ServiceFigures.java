package com.icr.request.internal;

import com.icr.relationship.CalendarInForce;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.ServiceTarget;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix's service metric: of the requests resolved in the quarter under an agreed
 * service target, the share that kept it (first response and resolution, each where the
 * agreement sets one), in working hours where the relationship's calendar counts them.
 */
@Component
public class ServiceFigures implements MatrixFigures {

    private final RequestCounts counts;

    private final RelationshipManagement relationships;

    ServiceFigures(RequestCounts counts, RelationshipManagement relationships) {
        this.counts = counts;
        this.relationships = relationships;
    }

    @Override
    public Metric metric() {
        return Metric.SERVICE;
    }

    @Override
    public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
        Map<Pair, ServiceTarget> targets = relationships.agreedServiceTargets(tenantId);
        Map<Pair, CalendarInForce> calendars = targets.isEmpty() ? Map.of() : relationships.calendarsInForce(tenantId);
        Map<Pair, int[]> kept = new HashMap<>();
        for (RequestCounts.Resolved r : counts.resolved(tenantId, period)) {
            ServiceTarget target = targets.get(r.pair());
            if (target == null) {
                continue;
            }
            CalendarInForce calendar = calendars.get(r.pair());
            boolean ok = keeps(target.firstResponseHours(), r.created(),
                    r.firstResponse() == null ? r.resolved() : r.firstResponse(), calendar, r.statuses())
                    && keeps(target.resolutionHours(), r.created(), r.resolved(), calendar, r.statuses());
            kept.computeIfAbsent(r.pair(), p -> new int[2])[ok ? 0 : 1]++;
        }
        Map<Pair, Figure> figures = new HashMap<>();
        kept.forEach((pair, c) -> {
            double share = (double) c[0] / (c[0] + c[1]);
            figures.put(pair,
                    new Figure(share, Math.round(share * 100) + "% on target (" + (c[0] + c[1]) + " resolved)",
                            Map.of("onTarget", c[0], "missed", c[1])));
        });
        return figures;
    }

    /**
     * The pair's requests resolved in the period that missed the agreed service target
     * (none without one), counted as the matrix counts them.
     */
    public List<com.icr.request.DigestRequests.Missed> missed(TenantId tenantId, Pair pair, Period period) {
        ServiceTarget target = relationships.agreedServiceTargets(tenantId).get(pair);
        if (target == null) {
            return List.of();
        }
        CalendarInForce calendar = relationships.calendarsInForce(tenantId).get(pair);
        return counts.resolved(tenantId, period)
            .stream()
            .filter(r -> r.pair().equals(pair))
            .filter(r -> !(keeps(target.firstResponseHours(), r.created(),
                    r.firstResponse() == null ? r.resolved() : r.firstResponse(), calendar, r.statuses())
                    && keeps(target.resolutionHours(), r.created(), r.resolved(), calendar, r.statuses())))
            .map(r -> new com.icr.request.DigestRequests.Missed(r.issueId(), r.issueKey(), r.created(), r.resolved()))
            .toList();
    }

    /**
     * Whether a target was kept: in working hours for a request created once the calendar
     * was in force, less the time it waited for its customer; in calendar hours before (a
     * past quarter's figures stay as they were).
     */
    private static boolean keeps(Integer hours, Instant from, Instant done, CalendarInForce calendar,
            List<StatusSpan> statuses) {
        return hours == null || from == null
                || (done != null && !done.isAfter(ServiceClock.dueAt(hours, from, calendar, statuses, done)));
    }

}
