package com.icr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuarterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void namesItsThreeMonths() {
        Period q4 = Quarter.parse("quarter", "2026-q4", clock).period();
        assertThat(q4.key()).isEqualTo("2026-Q4");
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void leftOutIsTheCurrentQuarter() {
        assertThat(Quarter.parse("quarter", " ", clock).key()).isEqualTo("2026-Q4");
        assertThat(Quarter.parse("quarter", null, clock)).isEqualTo(Quarter.current(clock));
    }

    @Test
    void walksBackAcrossTheYear() {
        assertThat(Quarter.parse("quarter", "2026-Q1", clock).previous().key()).isEqualTo("2025-Q4");
        assertThat(Quarter.parse("quarter", "2026-Q1", clock).period().previous().key()).isEqualTo("2025-Q4");
    }

    @Test
    void refusesOtherTextsAndYearsNamingTheField() {
        for (String bad : new String[] { "2026-Q5", "2026-Q0", "1999-Q4", "2101-Q1", "2026Q4", "Q4-2026",
                "2026-Q4x" }) {
            assertThatThrownBy(() -> Quarter.parse("period", bad, clock)).as(bad)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("period"));
        }
        assertThat(Quarter.parse("period", "2000-Q1", clock).key()).isEqualTo("2000-Q1");
        assertThat(Quarter.parse("period", "2100-Q4", clock).key()).isEqualTo("2100-Q4");
    }

}
