package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.relationship.WorkingCalendar.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Mon–Fri 09:00–17:00 Berlin, 2027-01-01 (a Friday) a holiday. */
    private final WorkingCalendar berlin = WorkingCalendar.parse("Europe/Berlin",
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00", "17:00", List.of("2027-01-01"));

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void hoursWithinOneDayStayOnThatDay() {
        assertThat(berlin.add(berlin("2026-12-07T10:00"), Duration.ofHours(4), List.of()))
            .isEqualTo(berlin("2026-12-07T14:00"));
    }

    @Test
    void whatIsLeftAtTheEndOfADayGoesOnTheNextMorning() {
        assertThat(berlin.add(berlin("2026-12-07T15:00"), Duration.ofHours(4), List.of()))
            .isEqualTo(berlin("2026-12-08T11:00"));
    }

    @Test
    void aWeekendIsSkipped() {
        // Friday 16:00 + 2 h: one hour on Friday, one on Monday
        assertThat(berlin.add(berlin("2026-12-11T16:00"), Duration.ofHours(2), List.of()))
            .isEqualTo(berlin("2026-12-14T10:00"));
        assertThat(berlin.between(berlin("2026-12-11T16:00"), berlin("2026-12-14T10:00"), List.of()))
            .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aHolidayIsSkipped() {
        // Thursday 2026-12-31 16:00 + 2 h: Friday 2027-01-01 is a holiday, then the
        // weekend
        assertThat(berlin.add(berlin("2026-12-31T16:00"), Duration.ofHours(2), List.of()))
            .isEqualTo(berlin("2027-01-04T10:00"));
        assertThat(berlin.between(berlin("2026-12-31T00:00"), berlin("2027-01-05T00:00"), List.of()))
            .isEqualTo(Duration.ofHours(16));
    }

    @Test
    void aRequestRaisedOutsideWorkingHoursStartsTheNextWorkingMorning() {
        assertThat(berlin.add(berlin("2026-12-12T11:00"), Duration.ofHours(1), List.of()))
            .isEqualTo(berlin("2026-12-14T10:00"));
        assertThat(berlin.add(berlin("2026-12-07T20:00"), Duration.ZERO, List.of()))
            .isEqualTo(berlin("2026-12-08T09:00"));
        assertThat(berlin.between(berlin("2026-12-12T11:00"), berlin("2026-12-13T23:00"), List.of())).isZero();
    }

    @Test
    void aWorkingDayAcrossTheChangeToSummerTimeKeepsItsLocalHours() {
        // Friday 2027-03-26 16:00 CET (15:00Z); clocks go forward on Sunday 2027-03-28
        Instant due = berlin.add(berlin("2027-03-26T16:00"), Duration.ofHours(2), List.of());
        assertThat(due).isEqualTo(berlin("2027-03-29T10:00")).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        // 65 hours on the wall clock minus one, and two of them working time
        assertThat(Duration.between(berlin("2027-03-26T16:00"), due)).isEqualTo(Duration.ofHours(65));
        assertThat(berlin.between(berlin("2027-03-26T16:00"), due, List.of())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aDayOfTheChangeToWinterTimeHasItsEightHours() {
        WorkingCalendar everyDay = WorkingCalendar.parse("Europe/Berlin",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "00:00", "08:00",
                List.of());
        // Sunday 2026-10-25: 02:00–03:00 happens twice, so 00:00–08:00 lasts nine real
        // hours
        Instant from = berlin("2026-10-25T00:00");
        assertThat(everyDay.between(from, berlin("2026-10-25T08:00"), List.of())).isEqualTo(Duration.ofHours(9));
        assertThat(everyDay.add(from, Duration.ofHours(9), List.of())).isEqualTo(berlin("2026-10-25T08:00"));
    }

    @Test
    void pausesAreNotCounted() {
        // waiting for the customer Monday 11:00 to Tuesday 10:00: 6 + 1 working hours
        // paused
        List<Pause> waiting = List.of(new Pause(berlin("2026-12-07T11:00"), berlin("2026-12-08T10:00")));
        assertThat(berlin.add(berlin("2026-12-07T09:00"), Duration.ofHours(4), waiting))
            .isEqualTo(berlin("2026-12-08T12:00"));
        assertThat(berlin.between(berlin("2026-12-07T09:00"), berlin("2026-12-08T12:00"), waiting))
            .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void overlappingAndOpenPausesAreTakenOnce() {
        List<Pause> pauses = List.of(new Pause(berlin("2026-12-07T10:00"), berlin("2026-12-07T12:00")),
                new Pause(berlin("2026-12-07T11:00"), berlin("2026-12-07T13:00")),
                new Pause(berlin("2026-12-07T16:00"), null));
        assertThat(berlin.between(berlin("2026-12-07T09:00"), berlin("2026-12-09T09:00"), pauses))
            .isEqualTo(Duration.ofHours(1 + 3));
    }

    @Test
    void addAndBetweenAgree() {
        Instant from = berlin("2026-12-09T13:17");
        IntStream.of(1, 7, 8, 9, 40, 100).forEach(hours -> {
            Instant due = berlin.add(from, Duration.ofHours(hours), List.of());
            assertThat(berlin.between(from, due, List.of())).as("%d h", hours).isEqualTo(Duration.ofHours(hours));
        });
    }

    @Test
    void aCalendarNobodyCouldWorkToIsRefusedNamingTheField() {
        assertThatThrownBy(() -> WorkingCalendar.parse("Mars/Olympus", List.of("MONDAY"), "09:00", "17:00", List.of()))
            .isInstanceOf(InvalidInput.class)
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("timeZone");
        assertThatThrownBy(() -> WorkingCalendar.parse("+02:00", List.of("MONDAY"), "09:00", "17:00", List.of()))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("timeZone");
        assertThatThrownBy(() -> WorkingCalendar.parse("UTC", List.of(), "09:00", "17:00", List.of()))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("workingDays");
        assertThatThrownBy(() -> WorkingCalendar.parse("UTC", List.of("FUNDAY"), "09:00", "17:00", List.of()))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("workingDays");
        assertThatThrownBy(() -> WorkingCalendar.parse("UTC", List.of("MONDAY"), "17:00", "09:00", List.of()))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("endsAt");
        assertThatThrownBy(() -> WorkingCalendar.parse("UTC", List.of("MONDAY"), "9 o'clock", "17:00", List.of()))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("startsAt");
        assertThatThrownBy(
                () -> WorkingCalendar.parse("UTC", List.of("MONDAY"), "09:00", "17:00", List.of("2027-02-30")))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("holidays");
        assertThatThrownBy(() -> WorkingCalendar.parse("UTC", List.of("MONDAY"), "09:00", "17:00",
                Collections.nCopies(101, "2027-01-01")))
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("holidays");
    }

}
