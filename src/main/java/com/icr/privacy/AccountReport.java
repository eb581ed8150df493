package com.icr.privacy;

import java.time.Duration;
import java.util.Map;

/**
 * Atlassian's answer to one report: the accounts that need something done (none when it
 * answered 204), and the cycle it asks for ({@code Cycle-Period}), null when it named
 * none.
 */
public record AccountReport(Map<String, AccountStatus> statuses, Duration cyclePeriod) {

    public AccountReport {
        statuses = Map.copyOf(statuses);
    }

    public static AccountReport nothingToDo(Duration cyclePeriod) {
        return new AccountReport(Map.of(), cyclePeriod);
    }

}
