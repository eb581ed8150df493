package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The working calendar in force: the relationship's own, else the site's, else the
 * standard one (Monday to Friday, 09:00–17:00 UTC) that counts nothing yet. Service
 * targets of requests created from {@code since} on are counted in its working time;
 * {@code since} is null while no calendar is set (calendar hours, as before).
 */
public record CalendarView(String timeZone, List<String> workingDays, String startsAt, String endsAt,
        List<String> holidays, @Schema(allowableValues = {
                "relationship", "site", "standard" }) String source,
        @Schema(nullable = true) Instant since,
        @Schema(description = "Workflow statuses in which the clock pauses (waiting for the customer)") List<String> pausedStatuses){

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    static CalendarView of(CalendarInForce inForce, String source) {
        WorkingCalendar calendar = inForce.calendar();
        return new CalendarView(calendar.zone().getId(), calendar.days().stream().sorted().map(Enum::name).toList(),
                HOURS.format(calendar.start()), HOURS.format(calendar.end()),
                calendar.holidays().stream().map(LocalDate::toString).toList(), source, inForce.since(),
                inForce.pausedStatuses());
    }

}
