package com.icr.preview;

import com.icr.relationship.CalendarRequest;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo site's business hours: IT's service to HR counts in Berlin working hours
 * (Monday to Friday, 09:00–17:00, the year's holidays around it), pausing while a request
 * waits for the customer, in force since before the demo's requests were raised, so the
 * issue panel of IT-42 and the matrix count its targets in working time.
 */
@Component
class DemoCalendar {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RelationshipManagement relationships;

    DemoCalendar(RelationshipManagement relationships) {
        this.relationships = relationships;
    }

    void seed(TenantId tenant, Instant setUpAt) {
        int year = LocalDate.ofInstant(setUpAt, BERLIN).getYear();
        CalendarRequest berlin = new CalendarRequest("Europe/Berlin",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00", "17:00",
                List.of(year + "-01-01", year + "-05-01", year + "-10-03", year + "-12-24", year + "-12-25",
                        year + "-12-26", (year + 1) + "-01-01"),
                List.of("Waiting for customer"));
        relationships.list(tenant)
            .stream()
            .filter(r -> "IT".equals(r.provider().name()) && "HR".equals(r.customer().name()))
            .map(RelationshipView::id)
            .findFirst()
            .ifPresent(id -> relationships.setCalendar(tenant, id, berlin, setUpAt.minus(Duration.ofDays(120))));
    }

}
