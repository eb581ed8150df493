package com.icr.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, {@code 2026-Q4}, of a year from 2000 to 2100: how people name the
 * period they review.
 */
public record Quarter(int year, int number) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public Quarter {
        if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > 4) {
            throw new IllegalArgumentException("not a quarter: " + year + "-Q" + number);
        }
    }

    /**
     * The quarter a text names ({@code 2026-q4} too), or the current one when it names
     * none.
     */
    public static Quarter parse(String field, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return current(clock);
        }
        Matcher m = QUARTER.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR || Integer.parseInt(m.group(1)) > LAST_YEAR) {
            throw new InvalidInput(field, "input.not-quarter");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter current(Clock clock) {
        return containing(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public String key() {
        return year + "-Q" + number;
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Period period() {
        LocalDate from = LocalDate.of(year, (number - 1) * 3 + 1, 1);
        return new Period(key(), from, from.plusMonths(3).minusDays(1));
    }

    @Override
    public String toString() {
        return key();
    }
}
