package com.icr.relationship;

import java.time.Instant;

/**
 * The working calendar a relationship's service targets are counted in, and since when: a
 * request created before {@code since} keeps its calendar-hour clocks.
 */
public record CalendarInForce(WorkingCalendar calendar, Instant since) {

    /** Whether a request created then is counted in working time. */
    public boolean countsRequestCreatedAt(Instant created) {
        return created != null && !created.isBefore(since);
    }

}
