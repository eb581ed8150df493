package com.icr.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.Application;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.JiraIssueJson;
import com.icr.support.KeyServer;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The app as its own process on HSQLDB, killed with SIGKILL in the middle of a burst of
 * resolution webhooks, then started again on the same data: every delivery it
 * acknowledged becomes exactly one satisfaction check, and its reporter is asked.
 */
class CrashRecoveryTest {

    private static final String REPORTER = "557058:rita-reporter";

    @Test
    void aKillDuringABurstLosesNoAcknowledgedResolution() throws Exception {
        Path data = Files.createTempDirectory("icr-crash-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Process app = start(data, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            Eventually.await("the app up", () -> ping(base), ok -> ok, Duration.ofSeconds(90));
            HostSimulator host = new HostSimulator(base);
            FakeJira.Site jiraSite = FakeJira.get()
                .newSite()
                .administrators("557058:crash-admin")
                .groups(REPORTER, "sales-team");
            Installation jira = HostSimulator.jira(jiraSite.baseUrl());
            jiraSite.secret(jira.sharedSecret());
            assertThat(host.install(jira).status()).isEqualTo(204);
            String admin = "JWT "
                    + host.jwt(jira).context().subject("557058:crash-admin").expiresIn(Duration.ofMinutes(10)).sign();
            assertThat(host
                .send("POST", "/api/departments", admin, Map.of("name", "Finance", "projects",
                        List.of(Map.of("projectKey", "FIN")), "groups", List.of("finance-team")))
                .status()).isEqualTo(201);
            assertThat(host
                .send("POST", "/api/departments", admin,
                        Map.of("name", "Sales", "projects", List.of(), "groups", List.of("sales-team")))
                .status()).isEqualTo(201);

            AtomicInteger next = new AtomicInteger(500_000);
            ExecutorService senders = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                senders.execute(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        JiraIssueJson issue = new JiraIssueJson(String.valueOf(next.incrementAndGet()),
                                "FIN-" + next.get(), "FIN")
                            .reporter(REPORTER)
                            .assignee("557058:alan")
                            .created(Instant.now().minusSeconds(600))
                            .resolved(Instant.now().minusSeconds(5));
                        jiraSite.issue(issue);
                        try {
                            if (host
                                .webhook(jira, "/webhooks/jira/issue",
                                        issue.webhook("jira:issue_updated", Instant.now().toEpochMilli()),
                                        "crash-" + issue.id, 0)
                                .status() == 204) {
                                acknowledged.add(issue.id);
                            }
                        }
                        catch (RuntimeException e) {
                            return; // the app is gone
                        }
                    }
                });
            }
            Eventually.await("a burst under way", acknowledged::size, n -> n >= 150, Duration.ofSeconds(60));
            app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            senders.shutdownNow();
            senders.awaitTermination(10, TimeUnit.SECONDS);
            int beforeRestart = acknowledged.size();

            app = start(data, port);
            Process restarted = app;
            Eventually.await("the app back", () -> ping(base), ok -> ok, Duration.ofSeconds(90));
            for (String issueId : acknowledged) {
                // the issue panel's token, which names its issue: reading it asks Jira
                // nothing,
                // so 150 reads stay under the reporter's share of Jira calls
                String token = "JWT " + host.jwt(jira)
                    .context()
                    .subject(REPORTER)
                    .claim("context", Map.of("jira", Map.of("issue", Map.of("id", issueId))))
                    .expiresIn(Duration.ofMinutes(10))
                    .sign();
                Map<String, Object> view = Eventually
                    .await("the check of issue " + issueId,
                            () -> host.send("GET", "/api/requests/" + issueId + "/satisfaction", token, null),
                            r -> r.status() == 200 && !r.jsonList("history").isEmpty(), Duration.ofSeconds(120))
                    .json();
                assertThat((List<?>) view.get("history")).as("checks of " + issueId).hasSize(1);
                assertThat(CheckScenario.asMap(view.get("current"))).containsEntry("state", "awaiting")
                    .containsEntry("asked", List.of(REPORTER));
            }
            Eventually.await("every acknowledged issue's reporter asked",
                    () -> jiraSite.notifications()
                        .stream()
                        .map(FakeJira.Notification::issueId)
                        .filter(acknowledged::contains)
                        .distinct()
                        .count(),
                    n -> n == acknowledged.size(), Duration.ofSeconds(120));
            assertThat(beforeRestart).isGreaterThanOrEqualTo(150);
            assertThat(restarted.isAlive()).isTrue();
        }
        finally {
            app.destroyForcibly().waitFor();
        }
    }

    private static Process start(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the app starts in two thirds of the time, and the test measures no
        // speed
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Application.class.getName(), "--server.port=" + port,
                "--addon.base-url=http://localhost:" + port, "--icr.data-dir=" + data,
                "--atlassian.connect.public-key-base-url=" + KeyServer.get().baseUrl(), "--icr.preview.enabled=false",
                "--logging.level.root=WARN",
                // what the killed node had claimed is taken over after this lease (60 s
                // by
                // default): the same take-over, sooner
                "--icr.intake.lease=10s")
            .redirectOutput(new File(data.toFile(), "app.log"))
            .redirectErrorStream(true)
            .start();
    }

    private static boolean ping(String base) {
        try {
            return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
        }
        catch (Exception e) {
            return false;
        }
    }

}
