package com.icr.request.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import com.icr.relationship.CalendarInForce;

/**
 * One service target of a request (first response or resolution), from the issue's
 * creation: due when, done when, and where that leaves it. Counted in the working hours
 * of the relationship's calendar ({@code workingHours}) when the request was created once
 * that calendar was in force, else in calendar hours.
 */
public record ServiceClock(@Schema(nullable = true) Integer targetHours, @Schema(nullable = true) Instant dueAt,
        @Schema(nullable = true) Instant doneAt, State state, boolean workingHours) {

    public enum State {

        NONE, RUNNING,
        /** Not done, and not running: the request waits for its customer. */
        PAUSED, OVERDUE, MET, MISSED;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    static ServiceClock of(Integer targetHours, Instant createdAt, Instant doneAt, Instant now,
            CalendarInForce calendar, List<StatusSpan> statuses) {
        boolean working = calendar != null && calendar.countsRequestCreatedAt(createdAt);
        if (targetHours == null || createdAt == null) {
            return new ServiceClock(targetHours, null, doneAt, State.NONE, working);
        }
        Instant due = dueAt(targetHours, createdAt, calendar, statuses, now);
        State state;
        if (doneAt != null) {
            state = doneAt.isAfter(due) ? State.MISSED : State.MET;
        }
        else if (working && StatusSpan.pausedNow(statuses, calendar)) {
            state = State.PAUSED; // due: when it would be, were work to resume now
        }
        else {
            state = now.isAfter(due) ? State.OVERDUE : State.RUNNING;
        }
        return new ServiceClock(targetHours, due, doneAt, state, working);
    }

    /**
     * When a target of so many hours falls due for a request created then: in working
     * hours where the calendar counts it, less the time it waited for its customer (the
     * calendar's paused statuses, a pause still open ending now), else in calendar hours.
     */
    static Instant dueAt(int targetHours, Instant createdAt, CalendarInForce calendar, List<StatusSpan> statuses,
            Instant now) {
        if (calendar != null && calendar.countsRequestCreatedAt(createdAt)) {
            return calendar.calendar()
                .add(createdAt, Duration.ofHours(targetHours), StatusSpan.pausesOf(statuses, calendar, now));
        }
        return createdAt.plus(Duration.ofHours(targetHours));
    }

}
