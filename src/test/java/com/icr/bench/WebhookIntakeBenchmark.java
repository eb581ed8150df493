package com.icr.bench;

import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.JiraIssueJson;
import com.icr.support.Qsh;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The webhook intake under load (issue 4, item 6): wrk posts {@code jira:issue_created}
 * deliveries, each a new issue with its own {@code X-Atlassian-Webhook-Identifier}, as
 * fast as eight connections go, while the worker applies them; the acknowledgement
 * latency is wrk's. Then: how long the backlog took to drain, and whether every
 * acknowledged delivery became exactly one internal request. The no-op
 * {@code GET /api/ping} is measured in the same run. Not a test: run it with
 * {@code bench/webhooks.sh}.
 */
public final class WebhookIntakeBenchmark {

    public static void main(String[] args) throws Exception {
        String duration = args.length > 0 ? args[0] : "20s";
        Path data = Files.createTempDirectory("icr-bench-");
        ConfigurableApplicationContext app = BenchApp.start(data);
        try {
            String base = BenchApp.base(app);
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            HostSimulator host = new HostSimulator(base);
            FakeJira.Site jiraSite = FakeJira.get()
                .newSite()
                .administrators("557058:bench-admin")
                .groups("557058:bench-reporter", "sales-team");
            Installation jira = HostSimulator.jira(jiraSite.baseUrl());
            jiraSite.secret(jira.sharedSecret());
            check(host.install(jira).status() == 204, "install");
            String admin = "JWT "
                    + host.jwt(jira).context().subject("557058:bench-admin").expiresIn(Duration.ofHours(2)).sign();
            check(host
                .send("POST", "/api/departments", admin, Map.of("name", "Finance", "projects",
                        List.of(Map.of("projectKey", "FIN")), "groups", List.of("finance-team")))
                .status() == 201, "department");
            check(host
                .send("POST", "/api/departments", admin,
                        Map.of("name", "Sales", "projects", List.of(), "groups", List.of("sales-team")))
                .status() == 201, "department");
            String webhookToken = host.jwt(jira)
                .qsh(Qsh.of("POST", "/webhooks/jira/issue"))
                .subject(null)
                .expiresIn(Duration.ofHours(2))
                .sign();

            wrk(base + "/api/ping", "GET", admin, null, "5s", 2); // warm-up
            String ping = wrk(base + "/api/ping", "GET", admin, null, duration, 8);
            long start = System.nanoTime();
            String intake = wrk(base + "/webhooks/jira/issue", "POST", "JWT " + webhookToken, template(), duration, 8);
            long acknowledged = Long.parseLong(intake.replaceFirst("^requests=(\\d+).*$", "$1"));
            long drained = drain(jdbc, Duration.ofMinutes(10));
            Integer requests = jdbc
                .queryForObject("select count(*) from internal_request where customer_id is not null", Integer.class);
            Integer stored = jdbc.queryForObject("select count(*) from intake_delivery where topic = 'issue-event'",
                    Integer.class);
            Integer done = jdbc.queryForObject(
                    "select count(*) from intake_delivery where topic = 'issue-event' and state = 'DONE'",
                    Integer.class);
            String options = "wrk -t2 -c8 -d" + duration;
            System.out.println(options + " POST /webhooks/jira/issue  " + intake);
            System.out.println(options + " GET /api/ping             " + ping);
            // wrk counts the answers it read before it stopped; the requests still in
            // flight then (at most one per
            // connection) were stored and answered too, unread.
            System.out.printf(Locale.ROOT,
                    "backlog drained %.1f s after the load started; %d deliveries acknowledged to wrk (+ at most 8 "
                            + "in flight at its stop), %d stored, %d worked off, %d internal requests: stored minus requests = %d (lost or doubled)%n",
                    (drained - start) / 1e9, acknowledged, stored, done, requests, stored - requests);
        }
        finally {
            app.close();
        }
    }

    /**
     * A {@code jira:issue_created} body with {@code %s} for the issue id, twice, as wrk's
     * Lua fills it.
     */
    private static String template() throws Exception {
        JiraIssueJson issue = new JiraIssueJson("ISSUEID", "FIN-ISSUEID", "FIN").reporter("557058:bench-reporter")
            .assignee("557058:bench-assignee")
            .created(Instant.now().minusSeconds(60));
        return new ObjectMapper().writeValueAsString(issue.webhook("jira:issue_created", Instant.now().toEpochMilli()));
    }

    private static long drain(JdbcTemplate jdbc, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            Integer pending = jdbc.queryForObject("select count(*) from intake_delivery where state = 'PENDING'",
                    Integer.class);
            if (pending != null && pending == 0) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("backlog not drained within " + limit);
    }

    private static String wrk(String url, String method, String authorization, String bodyTemplate, String duration,
            int connections) throws Exception {
        Path script = Files.createTempFile("wrk-", ".lua");
        String body = bodyTemplate == null ? "" : """
                local template = [==[%s]==]
                local counter = 0
                local threads = 0
                setup = function(thread)
                  thread:set("tid", threads)
                  threads = threads + 1
                end
                request = function()
                  counter = counter + 1
                  local id = tostring(1000000 + tid * 10000000 + counter)
                  wrk.headers["X-Atlassian-Webhook-Identifier"] = "bench-" .. id
                  return wrk.format("POST", nil, nil, (string.gsub(template, "ISSUEID", id)))
                end
                """.formatted(bodyTemplate);
        Files.writeString(script,
                """
                        wrk.method = "%s"
                        wrk.headers["Authorization"] = "%s"
                        wrk.headers["Content-Type"] = "application/json"
                        %s
                        done = function(summary, latency, requests)
                          io.write(string.format("RESULT requests=%%d errors=%%d rps=%%.0f p50=%%.1fms p95=%%.1fms p99=%%.1fms max=%%.1fms\\n",
                            summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
                            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                            latency:percentile(99) / 1000, latency.max / 1000))
                        end
                        """
                    .formatted(method, authorization, body));
        Process process = new ProcessBuilder(new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections),
                "-c" + connections, "-d" + duration, "--timeout", "5s", "-s", script.toString(), url)))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines()
            .filter(l -> l.startsWith("RESULT"))
            .findFirst()
            .orElse("no result: " + out)
            .substring("RESULT ".length());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark set-up failed: " + what);
        }
    }

}
