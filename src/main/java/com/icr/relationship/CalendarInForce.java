package com.icr.relationship;

import com.icr.core.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The working calendar a relationship's service targets are counted in, and since when: a
 * request created before {@code since} keeps its calendar-hour clocks. Its clock pauses
 * while the request is in one of {@code pausedStatuses} (waiting for the customer): each
 * a workflow status's name (any case) or id.
 */
public record CalendarInForce(WorkingCalendar calendar, Instant since, List<String> pausedStatuses) {

    public static final int MAX_PAUSED_STATUSES = 20;

    public static final int MAX_STATUS = 255;

    public CalendarInForce {
        pausedStatuses = List.copyOf(pausedStatuses);
    }

    /** Whether a request created then is counted in working time. */
    public boolean countsRequestCreatedAt(Instant created) {
        return created != null && !created.isBefore(since);
    }

    /**
     * Whether the clock pauses while a request is in this status (by id, or name in any
     * case).
     */
    public boolean pausesIn(String statusId, String statusName) {
        return pausedStatuses.stream()
            .anyMatch(s -> s.equals(statusId) || (statusName != null && s.equalsIgnoreCase(statusName)));
    }

    /**
     * The paused statuses an administrator typed, cleaned: trimmed, none blank, each once
     * (any case), at most {@value #MAX_PAUSED_STATUSES} of at most {@value #MAX_STATUS}
     * characters; else a refusal naming {@code pausedStatuses}.
     */
    public static List<String> pausedStatuses(List<String> typed) {
        List<String> given = typed == null ? List.of() : typed;
        if (given.size() > MAX_PAUSED_STATUSES) {
            throw new InvalidInput("pausedStatuses", "input.calendar-too-many-paused-statuses", MAX_PAUSED_STATUSES);
        }
        List<String> cleaned = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String status : given) {
            String name = status == null ? "" : status.strip();
            if (name.isEmpty() || name.contains("\n")) {
                throw new InvalidInput("pausedStatuses", "input.calendar-paused-status-blank");
            }
            if (name.length() > MAX_STATUS) {
                throw new InvalidInput("pausedStatuses", "input.too-long", MAX_STATUS);
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                cleaned.add(name);
            }
        }
        return cleaned;
    }

}
