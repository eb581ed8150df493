package com.icr.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A span of days, UTC, that figures are counted over: a quarter
 * ({@link Quarter#period()}) or a month.
 */
public record Period(String key, LocalDate from, LocalDate to) {

    /** The first instant of the period, UTC. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period, UTC. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The quarter before the one this period starts in: trends walk back from the quarter
     * asked for.
     */
    public Period previous() {
        return Quarter.containing(from).previous().period();
    }
}
