package com.icr.request.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One service target of a request (first response or resolution), in calendar hours from
 * the creation: due when, done when, and where that leaves it.
 */
public record ServiceClock(@Schema(nullable = true) Integer targetHours, @Schema(nullable = true) Instant dueAt,
        @Schema(nullable = true) Instant doneAt, State state) {

    public enum State {

        NONE, RUNNING, OVERDUE, MET, MISSED;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    static ServiceClock of(Integer targetHours, Instant createdAt, Instant doneAt, Instant now) {
        if (targetHours == null || createdAt == null) {
            return new ServiceClock(targetHours, null, doneAt, State.NONE);
        }
        Instant due = createdAt.plus(Duration.ofHours(targetHours));
        State state;
        if (doneAt != null) {
            state = doneAt.isAfter(due) ? State.MISSED : State.MET;
        }
        else {
            state = now.isAfter(due) ? State.OVERDUE : State.RUNNING;
        }
        return new ServiceClock(targetHours, due, doneAt, state);
    }

}
