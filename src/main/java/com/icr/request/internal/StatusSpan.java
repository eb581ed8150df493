package com.icr.request.internal;

import com.icr.relationship.CalendarInForce;
import com.icr.relationship.WorkingCalendar.Pause;
import java.time.Instant;
import java.util.List;

/** A workflow status a request was in, from when until when (null: it still is). */
record StatusSpan(String statusId, String statusName, Instant from, Instant until) {

    /**
     * The pauses these spans make under the calendar: the spans of the statuses it pauses
     * in; one still open ends now (the clock counts on from here once work resumes).
     */
    static List<Pause> pausesOf(List<StatusSpan> spans, CalendarInForce calendar, Instant now) {
        if (calendar == null || spans.isEmpty()) {
            return List.of();
        }
        return spans.stream()
            .filter(s -> calendar.pausesIn(s.statusId(), s.statusName()))
            .map(s -> new Pause(s.from(), s.until() == null ? now : s.until()))
            .toList();
    }

    /** Whether the request waits for its customer now: its open span pauses the clock. */
    static boolean pausedNow(List<StatusSpan> spans, CalendarInForce calendar) {
        return calendar != null
                && spans.stream().anyMatch(s -> s.until() == null && calendar.pausesIn(s.statusId(), s.statusName()));
    }

}
