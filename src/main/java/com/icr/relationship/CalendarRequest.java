package com.icr.relationship;

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
        @Schema(example = "[\"2027-01-01\"]") List<String> holidays) {

    WorkingCalendar calendar() {
        return WorkingCalendar.parse(timeZone, workingDays, startsAt, endsAt, holidays);
    }

}
