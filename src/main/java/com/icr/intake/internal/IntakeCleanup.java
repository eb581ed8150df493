package com.icr.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Done deliveries are kept two weeks, far longer than Jira goes on retrying a webhook, so
 * that a late retry is still recognised as one; failed ones a month, for whoever looks
 * into them. Safe on several nodes.
 */
@Component
class IntakeCleanup {

    static final Duration KEEP_DONE = Duration.ofDays(14);
    static final Duration KEEP_FAILED = Duration.ofDays(30);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    IntakeCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${icr.intake.cleanup-cron:0 41 4 * * *}")
    int cleanUp() {
        return jdbc.update(
                "delete from intake_delivery where (state = 'DONE' and done_at < ?) or (state = 'FAILED' and received_at < ?)",
                Timestamp.from(clock.instant().minus(KEEP_DONE)), Timestamp.from(clock.instant().minus(KEEP_FAILED)));
    }

}
