package com.icr.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded HSQLDB has no lock timeout: a statement that needs a row another
 * transaction changed waits until that transaction ends, holding its pooled connection
 * all along. This bounds every such wait. Once a second it lists the sessions waiting for
 * a lock ({@code INFORMATION_SCHEMA.SYSTEM_SESSIONS}, {@code LATCH_COUNT > 0}); a
 * statement seen waiting for {@value #LOCK_WAIT_SECONDS} s is ended
 * ({@code ALTER SESSION n END STATEMENT}): it fails with SQLState 40502, a transient
 * failure the API answers with 503 and {@code Retry-After}, and its transaction rolls
 * back. It works on a connection of its own, outside the pool, so a pool full of waiting
 * requests cannot starve it. PostgreSQL bounds its waits itself ({@code lock_timeout},
 * application-postgres.yml).
 */
@Component
class HsqldbLockWaits {

    static final int LOCK_WAIT_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(HsqldbLockWaits.class);

    private final DataSourceProperties database;

    private final ScheduledExecutorService watch;

    /** Since when (System.nanoTime) each waiting statement, by session and SQL, waits. */
    private final Map<String, Long> waiting = new HashMap<>();

    private Connection connection;

    HsqldbLockWaits(DataSourceProperties database) {
        this.database = database;
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:hsqldb:")) {
            this.watch = null;
            return;
        }
        this.watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hsqldb-lock-waits");
            thread.setDaemon(true);
            return thread;
        });
        this.watch.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(database.determineUrl(), database.determineUsername(),
                        Objects.requireNonNullElse(database.determinePassword(), ""));
            }
            long now = System.nanoTime();
            Set<String> still = new HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet sessions = statement.executeQuery(
                            "select session_id, current_statement from information_schema.system_sessions where latch_count > 0")) {
                while (sessions.next()) {
                    long session = sessions.getLong(1);
                    String key = session + "\u0000" + sessions.getString(2);
                    still.add(key);
                    long since = waiting.computeIfAbsent(key, k -> now);
                    if (now - since >= TimeUnit.SECONDS.toNanos(LOCK_WAIT_SECONDS)) {
                        end(session);
                        still.remove(key);
                    }
                }
            }
            waiting.keySet().retainAll(still);
        }
        catch (SQLException | RuntimeException e) {
            // the database is closing (the app stops) or not there yet: the next tick
            // tries
            // again
            log.debug("Could not look for statements waiting for a lock", e);
            connection = null;
        }
    }

    private void end(long session) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter session " + session + " end statement");
        }
        log.warn("Ended a statement of database session {}: it waited {} s for a row another transaction holds",
                session, LOCK_WAIT_SECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (watch == null) {
            return;
        }
        watch.shutdownNow();
        if (watch.awaitTermination(5, TimeUnit.SECONDS) && connection != null) {
            try {
                connection.close();
            }
            catch (SQLException e) {
                log.debug("Could not close the lock watch's connection", e);
            }
        }
    }

}
