package com.icr.web;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unauthenticated availability probe: 200 when the database answers, 503 when it does
 * not, within 3 seconds either way (Atlassian's probe gives up after 3 s). Excluded from
 * JWT in application.yml.
 */
@RestController
class HealthController {

    static final Duration BUDGET = Duration.ofMillis(2000);

    private final DataSource dataSource;

    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "health-probe");
        t.setDaemon(true);
        return t;
    });

    HealthController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, String>> health() {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(this::databaseAnswers, probes);
        boolean up;
        try {
            up = probe.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (Exception e) {
            probe.cancel(true);
            up = false;
        }
        return up ? ResponseEntity.ok(Map.of("status", "UP")) : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .body(Map.of("status", "DOWN", "message", "The database does not answer."));
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) BUDGET.toSeconds());
        }
        catch (Exception e) {
            return false;
        }
    }

}
