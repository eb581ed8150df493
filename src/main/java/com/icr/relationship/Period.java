package com.icr.relationship;

import com.icr.core.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, {@code 2026-Q4}: the period matrix figures are counted over. */
public record Period(String key, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Period parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            return quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        }
        Matcher m = QUARTER.matcher(value.strip().toUpperCase());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            throw new InvalidInput("period", "must be a quarter such as 2026-Q4");
        }
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The first instant of the quarter, UTC. */
    public java.time.Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the quarter, UTC. */
    public java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The quarter before this one: trends walk back from the quarter asked for. */
    public Period previous() {
        LocalDate before = from.minusMonths(3);
        return quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1);
    }

    private static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "-Q" + quarter, from, from.plusMonths(3).minusDays(1));
    }
}
