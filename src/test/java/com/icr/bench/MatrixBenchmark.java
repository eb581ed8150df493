package com.icr.bench;

import com.icr.support.BrowserHostPage;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The matrix benchmark (issue 3): a site of 300 departments and 20,000 relationships, set
 * up through the CSV import; then wrk measures {@code GET /api/matrix} and the no-op
 * {@code GET /api/ping} (authentication only) in the same run, the gzipped size of the
 * matrix is read, and headless Chromium times the macro from its iframe starting to load
 * to the matrix painted. Not a test: run it with {@code bench/matrix.sh}.
 */
public final class MatrixBenchmark {

    private static final int DEPARTMENTS = 300;

    private static final int RELATIONSHIPS = 20_000;

    public static void main(String[] args) throws Exception {
        String duration = args.length > 0 ? args[0] : "20s";
        Path data = Files.createTempDirectory("icr-bench-");
        ConfigurableApplicationContext app = BenchApp.start(data, "--icr.web.frame-ancestors=http://127.0.0.1:*");
        try {
            String base = BenchApp.base(app);
            HostSimulator host = new HostSimulator(base);
            FakeJira.Site jiraSite = FakeJira.get().newSite().administrators("557058:bench-admin");
            Installation jira = HostSimulator.jira(jiraSite.baseUrl());
            jiraSite.secret(jira.sharedSecret());
            Installation confluence = HostSimulator.confluence(jiraSite.baseUrl());
            check(host.install(jira).status() == 204 && host.install(confluence).status() == 204, "install");
            String token = host.jwt(jira).context().subject("557058:bench-admin").expiresIn(Duration.ofHours(2)).sign();

            long seeding = System.nanoTime();
            MatrixImportRun.run(host, token, csv(), false);
            // A realistic mix of standings: about half of the agreements confirmed by
            // both sides.
            new JdbcTemplate(app.getBean(javax.sql.DataSource.class)).update(
                    "update relationship set standing = 'AGREED', agreed_version = 1 where mod(ascii(substring(id, 1, 1)), 2) = 0");
            System.out.printf(Locale.ROOT,
                    "seeded %d departments and %d relationships through the CSV import in %.1f s%n", DEPARTMENTS,
                    RELATIONSHIPS, (System.nanoTime() - seeding) / 1e9);

            long[] size = matrixSize(base, token);
            System.out.printf(Locale.ROOT, "GET /api/matrix: %d bytes, %d bytes gzipped (%.0f KB)%n", size[0], size[1],
                    size[1] / 1024.0);

            wrk(base + "/api/matrix", token, "10s", 2); // warm-up: JIT, caches,
                                                        // connection pool
            System.out.println("GET /api/matrix right after a change (nothing cached), 40 requests: "
                    + cold(base, token, new JdbcTemplate(app.getBean(javax.sql.DataSource.class)), jira));
            wrk(base + "/api/ping", token, "5s", 2);
            // One reader at a time (the latency a user sees), then eight at once (both
            // cores saturated).
            for (int connections : new int[] { 1, 8 }) {
                String matrix = wrk(base + "/api/matrix", token, duration, connections);
                String ping = wrk(base + "/api/ping", token, duration, connections);
                String options = "wrk -t" + Math.min(2, connections) + " -c" + connections + " -d" + duration;
                System.out.println(options + " GET /api/matrix  " + matrix);
                System.out.println(options + " GET /api/ping    " + ping);
            }

            String hostPage = BrowserHostPage.get()
                .open(host, confluence, "relationship-matrix", "/macros/matrix?departments=&metric=agreement&period=");
            for (int run = 1; run <= 3; run++) {
                System.out.println("macro paint, run " + run + ": " + node("frontend/e2e/paint.mjs", hostPage));
            }
        }
        finally {
            app.close();
        }
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder(
                "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,resolution_hours\n");
        int count = 0;
        for (int offset = 1; count < RELATIONSHIPS; offset++) {
            for (int p = 0; p < DEPARTMENTS && count < RELATIONSHIPS; p++) {
                int c = (p + offset) % DEPARTMENTS;
                csv.append(String.format(Locale.ROOT,
                        "Department %03d,Department %03d,Deliverable %d,What good looks like %d,Feedback,%d,%d%n", p, c,
                        count, count, 4 + count % 20, 48 + count % 100));
                count++;
            }
        }
        return csv.toString();
    }

    /**
     * The first read after each change: the site's revision is raised, as every write
     * does, before each GET.
     */
    private static String cold(String base, String token, JdbcTemplate jdbc, Installation jira) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jdbc.update("update site set data_revision = data_revision + 1 where tenant_id = "
                    + "(select tenant_id from installation where client_key = ?)", jira.clientKey());
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/matrix"))
                .header("Authorization", "JWT " + token)
                .header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
            micros.add((System.nanoTime() - start) / 1000);
            check(response.statusCode() == 200, "cold matrix");
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format(Locale.ROOT, "p50=%.1fms p95=%.1fms max=%.1fms", sorted.get(19) / 1000.0,
                sorted.get(37) / 1000.0, sorted.get(39) / 1000.0);
    }

    private static long[] matrixSize(String base, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base + "/api/matrix"))
                .header("Authorization", "JWT " + token)
                .header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        check(response.statusCode() == 200
                && "gzip".equals(response.headers().firstValue("Content-Encoding").orElse("")), "gzip matrix");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        return new long[] { plain.length, response.body().length };
    }

    private static String wrk(String url, String token, String duration, int connections) throws Exception {
        Path script = Files.createTempFile("wrk-", ".lua");
        Files.writeString(script,
                """
                        wrk.headers["Authorization"] = "JWT %s"
                        wrk.headers["Accept-Encoding"] = "gzip"
                        done = function(summary, latency, requests)
                          io.write(string.format("RESULT requests=%%d errors=%%d rps=%%.0f p50=%%.1fms p95=%%.1fms p99=%%.1fms\\n",
                            summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
                            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                            latency:percentile(99) / 1000))
                        end
                        """
                    .formatted(token));
        return run(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections, "-d" + duration, "--timeout",
                "5s", "-s", script.toString(), url))
            .lines()
            .filter(l -> l.startsWith("RESULT"))
            .findFirst()
            .orElse("no result")
            .substring("RESULT ".length());
    }

    private static String node(String script, String url) throws Exception {
        return run(List.of("node", script, url)).strip();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark set-up failed: " + what);
        }
    }

}
