package com.icr.relationship;

import com.icr.core.InvalidInput;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a provider works: a time zone, the working days, the working hours of each of them
 * (the same every day, start before end) and holidays (whole dates in that zone). Counts
 * service targets in working time: {@link #add} moves an instant on by working time,
 * {@link #between} measures the working time between two instants; both skip the
 * {@link Pause pauses} (the request waiting for its customer). A day's hours are local
 * times, so a day across a change of daylight saving time still has its hours.
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end,
        SortedSet<LocalDate> holidays) {

    /** At most this many holidays a calendar. */
    public static final int MAX_HOLIDAYS = 100;

    /**
     * A search for working time gives up after this many days (never with valid input).
     */
    private static final int MAX_DAYS = 366 * 20;

    /** Monday to Friday, 09:00 to 17:00 UTC, no holidays: what a site starts from. */
    public static final WorkingCalendar STANDARD = new WorkingCalendar(ZoneId.of("UTC"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            new TreeSet<>());

    /**
     * A time the clock stands still, from (inclusive) until (exclusive; null: still
     * paused).
     */
    public record Pause(Instant from, Instant until) {
    }

    public WorkingCalendar {
        if (zone == null) {
            throw new InvalidInput("timeZone", "input.required");
        }
        if (days == null || days.isEmpty()) {
            throw new InvalidInput("workingDays", "input.calendar-no-working-day");
        }
        if (start == null) {
            throw new InvalidInput("startsAt", "input.required");
        }
        if (end == null) {
            throw new InvalidInput("endsAt", "input.required");
        }
        if (!start.isBefore(end)) {
            throw new InvalidInput("endsAt", "input.calendar-hours-end-before-start", start, end);
        }
        if (holidays != null && holidays.size() > MAX_HOLIDAYS) {
            throw new InvalidInput("holidays", "input.calendar-too-many-holidays", MAX_HOLIDAYS);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        holidays = holidays == null ? new TreeSet<>() : new TreeSet<>(holidays);
    }

    /**
     * A calendar from what a person typed: an IANA zone id, day names (MONDAY...), hours
     * as HH:mm, holidays as ISO dates; each refused naming its field.
     */
    public static WorkingCalendar parse(String timeZone, List<String> workingDays, String startsAt, String endsAt,
            List<String> holidays) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInput("timeZone", "input.required");
        }
        ZoneId zone;
        try {
            // only region ids (Europe/Berlin) and UTC: no fixed offsets a person mistypes
            if (!ZoneId.getAvailableZoneIds().contains(timeZone.trim())) {
                throw new DateTimeException(timeZone);
            }
            zone = ZoneId.of(timeZone.trim());
        }
        catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "input.calendar-unknown-time-zone", timeZone);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : workingDays == null ? List.<String>of() : workingDays) {
            try {
                days.add(DayOfWeek.valueOf(String.valueOf(day).trim().toUpperCase(java.util.Locale.ROOT)));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidInput("workingDays", "input.calendar-unknown-day", day);
            }
        }
        if (holidays != null && holidays.size() > MAX_HOLIDAYS) {
            throw new InvalidInput("holidays", "input.calendar-too-many-holidays", MAX_HOLIDAYS);
        }
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (String holiday : holidays == null ? List.<String>of() : holidays) {
            try {
                dates.add(LocalDate.parse(String.valueOf(holiday).trim()));
            }
            catch (DateTimeParseException e) {
                throw new InvalidInput("holidays", "input.calendar-invalid-date", holiday);
            }
        }
        return new WorkingCalendar(zone, days, time("startsAt", startsAt), time("endsAt", endsAt), dates);
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "input.required");
        }
        try {
            return LocalTime.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            throw new InvalidInput(field, "input.calendar-invalid-time", text);
        }
    }

    /** Whether people work on this date. */
    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The instant when {@code amount} of working time has passed since {@code from},
     * pauses not counted; with no working time (zero), the next working moment from
     * {@code from} on.
     */
    public Instant add(Instant from, Duration amount, List<Pause> pauses) {
        List<Pause> merged = merged(pauses);
        Duration left = amount.isNegative() ? Duration.ZERO : amount;
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Instant[] segment : segments(date, from, null, merged)) {
                Duration available = Duration.between(segment[0], segment[1]);
                if (left.isZero() || available.compareTo(left) >= 0) {
                    return segment[0].plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    /** The working time from one instant to a later one, pauses not counted. */
    public Duration between(Instant from, Instant to, List<Pause> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        List<Pause> merged = merged(pauses);
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Instant[] segment : segments(date, from, to, merged)) {
                total = total.plus(Duration.between(segment[0], segment[1]));
            }
        }
        return total;
    }

    /**
     * The day's working hours, not before {@code notBefore}, not after {@code notAfter}
     * (null: no bound), less the pauses: non-empty segments in order.
     */
    private List<Instant[]> segments(LocalDate date, Instant notBefore, Instant notAfter, List<Pause> pauses) {
        Instant open = ZonedDateTime.of(date, start, zone).toInstant();
        Instant close = ZonedDateTime.of(date, end, zone).toInstant();
        if (open.isBefore(notBefore)) {
            open = notBefore;
        }
        if (notAfter != null && close.isAfter(notAfter)) {
            close = notAfter;
        }
        List<Instant[]> segments = new ArrayList<>();
        Instant cursor = open;
        for (Pause pause : pauses) {
            if (!cursor.isBefore(close)) {
                break;
            }
            Instant until = pause.until() == null ? Instant.MAX : pause.until();
            if (!until.isAfter(cursor) || !pause.from().isBefore(close)) {
                continue;
            }
            if (pause.from().isAfter(cursor)) {
                segments.add(new Instant[] { cursor, pause.from() });
            }
            cursor = until.isAfter(cursor) ? until : cursor;
        }
        if (cursor.isBefore(close)) {
            segments.add(new Instant[] { cursor, close });
        }
        return segments;
    }

    private static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses == null ? List.of() : pauses);
        sorted.removeIf(p -> p.from() == null || (p.until() != null && !p.until().isAfter(p.from())));
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : sorted) {
            Pause previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && (previous.until() == null || !pause.from().isAfter(previous.until()))) {
                Instant until = previous.until() == null || pause.until() == null ? null
                        : (pause.until().isAfter(previous.until()) ? pause.until() : previous.until());
                merged.set(merged.size() - 1, new Pause(previous.from(), until));
            }
            else {
                merged.add(pause);
            }
        }
        return merged;
    }

}
