package com.icr.measure;

import com.icr.core.Period;
import com.icr.core.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/** A calendar month, {@code 2026-11}: measures have one value per month. */
record MeasureMonth(YearMonth month) {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    static MeasureMonth parse(String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw new InvalidInput("month", "input.not-month");
        }
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new InvalidInput("month", "input.not-month");
            }
            return new MeasureMonth(month);
        }
        catch (java.time.DateTimeException e) {
            throw new InvalidInput("month", "input.not-month");
        }
    }

    /** The quarter's three months, oldest first. */
    static List<MeasureMonth> of(Period quarter) {
        YearMonth first = YearMonth.from(quarter.from());
        return List.of(new MeasureMonth(first), new MeasureMonth(first.plusMonths(1)),
                new MeasureMonth(first.plusMonths(2)));
    }

    String key() {
        return month.toString();
    }

    /** The month as a period, for the figures that are counted over one. */
    Period period() {
        LocalDate from = month.atDay(1);
        return new Period(key(), from, month.atEndOfMonth());
    }
}
