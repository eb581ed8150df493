package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A working calendar as an administrator sets it: an IANA time zone, the working days
 * (MONDAY to SUNDAY), the working hours of each (HH:mm, start before end) and up to 100
 * holidays (YYYY-MM-DD).
 */
public record CalendarRequest(@Schema(example = "Europe/Berlin") String timeZone,
        @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") List<String> workingDays,
        @Schema(example = "09:00") String startsAt, @Schema(example = "17:00") String endsAt,
        @Schema(example = "[\"2027-01-01\"]") List<String> holidays,
        @ArraySchema(maxItems = CalendarInForce.MAX_PAUSED_STATUSES, arraySchema = @Schema(nullable = true,
                description = "Workflow statuses (name in any case, or id) in which the request waits for its customer: the clock pauses"),
                schema = @Schema(maxLength = CalendarInForce.MAX_STATUS,
                        example = "Waiting for customer")) List<String> pausedStatuses) {

    /** A calendar that pauses in no status. */
    public CalendarRequest(String timeZone, List<String> workingDays, String startsAt, String endsAt,
            List<String> holidays) {
        this(timeZone, workingDays, startsAt, endsAt, holidays, null);
    }

    WorkingCalendar calendar() {
        return WorkingCalendar.parse(timeZone, workingDays, startsAt, endsAt, holidays);
    }

    List<String> paused() {
        return CalendarInForce.pausedStatuses(pausedStatuses);
    }

}
