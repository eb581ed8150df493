package com.icr.digest;

import com.icr.core.Period;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When digests are written and what they cover: every Monday at 06:00 UTC the week before
 * (Monday to Sunday) for weekly relationships; on the first Monday of a month the month
 * before for monthly ones. Publishing now covers the last seven days up to today
 * (weekly), or the month so far (monthly).
 */
final class DigestSchedule {

    static final LocalTime RUN_AT = LocalTime.of(6, 0);

    private DigestSchedule() {
    }

    /** The latest scheduled run at or before {@code now}. */
    static LocalDate lastRun(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return startOf(monday).isAfter(now) ? monday.minusWeeks(1) : monday;
    }

    /** The first scheduled run after {@code now}. */
    static Instant nextRun(Instant now) {
        return startOf(lastRun(now).plusWeeks(1));
    }

    static Instant startOf(LocalDate runDay) {
        return runDay.atTime(RUN_AT).toInstant(ZoneOffset.UTC);
    }

    /** The key of the scheduled run of a day: one delivery per site across nodes. */
    static String runKey(LocalDate runDay) {
        return "week-" + runDay;
    }

    /**
     * What a scheduled run on Monday {@code runDay} covers for a relationship of this
     * frequency; empty when it writes nothing for it (a monthly one on another Monday).
     */
    static Optional<Period> scheduled(Frequency frequency, LocalDate runDay) {
        if (frequency == Frequency.WEEKLY) {
            LocalDate from = runDay.minusWeeks(1);
            return Optional.of(new Period("week-" + from, from, runDay.minusDays(1)));
        }
        if (runDay.getDayOfMonth() > 7) {
            return Optional.empty();
        }
        LocalDate from = runDay.minusMonths(1).withDayOfMonth(1);
        return Optional.of(new Period("month-" + from, from, from.plusMonths(1).minusDays(1)));
    }

    /**
     * What publishing now on {@code today} covers for a relationship of this frequency.
     */
    static Period now(Frequency frequency, LocalDate today) {
        LocalDate from = frequency == Frequency.WEEKLY ? today.minusDays(6) : today.withDayOfMonth(1);
        return new Period("now-" + from, from, today);
    }

}
