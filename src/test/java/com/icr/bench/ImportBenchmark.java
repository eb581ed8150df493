package com.icr.bench;

import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The matrix import benchmark (issue 17): files of 12,500, 25,000 and 50,000 rows between
 * 230 departments, each checked (dry run) and imported into an empty site, then the
 * 50,000 again (every row compared, none changed). While the largest import runs, a
 * second client keeps changing the same site (a department created, about every 200 ms)
 * and reads {@code GET /api/ping}: what the site's other users wait meanwhile. Not a
 * test: run it with {@code bench/import.sh}.
 */
public final class ImportBenchmark {

    private static final int DEPARTMENTS = 230;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("icr-bench-");
        ConfigurableApplicationContext app = BenchApp.start(data);
        try {
            String base = BenchApp.base(app);
            HostSimulator host = new HostSimulator(base);
            String warmToken = site(host);
            MatrixImportRun.run(host, warmToken, csv(5_000), false); // warm-up: JIT,
                                                                     // pools
            System.out.println("rows    dry run (s)  import (s)  rows/s (import)");
            for (int rows : new int[] { 12_500, 25_000, 50_000 }) {
                String token = site(host);
                String csv = csv(rows);
                double check = seconds(() -> MatrixImportRun.run(host, token, csv, true));
                double run = seconds(() -> MatrixImportRun.run(host, token, csv, false));
                System.out.printf(Locale.ROOT, "%,6d  %11.1f  %10.1f  %,15.0f%n", rows, check, run, rows / run);
                if (rows == 50_000) {
                    double again = seconds(() -> MatrixImportRun.run(host, token, csv, false));
                    System.out.printf(Locale.ROOT, "50,000 rows imported again (each compared, none changed): %.1f s%n",
                            again);
                    meanwhile(host, token, csv);
                }
            }
        }
        finally {
            app.close();
        }
    }

    /** A new site with its administrator; their token. */
    private static String site(HostSimulator host) {
        FakeJira.Site jiraSite = FakeJira.get().newSite().administrators("557058:bench-admin");
        Installation jira = HostSimulator.jira(jiraSite.baseUrl());
        jiraSite.secret(jira.sharedSecret());
        if (host.install(jira).status() != 204) {
            throw new IllegalStateException("install");
        }
        return host.jwt(jira).context().subject("557058:bench-admin").expiresIn(Duration.ofHours(2)).sign();
    }

    /** The same file once more, while another client changes the site and pings. */
    private static void meanwhile(HostSimulator host, String token, String csv) throws Exception {
        AtomicBoolean importing = new AtomicBoolean(true);
        List<Double> changes = Collections.synchronizedList(new ArrayList<>());
        List<Double> pings = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        Thread other = new Thread(() -> {
            int n = 0;
            while (importing.get()) {
                long start = System.nanoTime();
                HostSimulator.Response created = host.send("POST", "/api/departments", "JWT " + token,
                        Map.of("name", "Meanwhile " + n++ + " " + System.nanoTime()));
                changes.add((System.nanoTime() - start) / 1e6);
                statuses.add(created.status());
                start = System.nanoTime();
                host.send("GET", "/api/ping", "JWT " + token, null);
                pings.add((System.nanoTime() - start) / 1e6);
                try {
                    Thread.sleep(200);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });
        other.start();
        double took = seconds(
                () -> MatrixImportRun.run(host, token, csv.replace("Reports ", "Reports (revised) "), false));
        importing.set(false);
        other.join();
        System.out.printf(Locale.ROOT,
                "while 50,000 rows were imported (%.1f s, every row changed): %d department creates on the same site, "
                        + "p50=%.0fms max=%.0fms, statuses %s; GET /api/ping p50=%.0fms max=%.0fms%n",
                took, changes.size(), percentile(changes, 50), percentile(changes, 100), summary(statuses),
                percentile(pings, 50), percentile(pings, 100));
    }

    private static String summary(List<Integer> statuses) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        synchronized (statuses) {
            statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        }
        return counts.toString();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** {@code rows} relationships, each pair of departments once. */
    private static String csv(int rows) {
        StringBuilder csv = new StringBuilder(
                "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,resolution_hours\n");
        int count = 0;
        for (int offset = 1; count < rows; offset++) {
            for (int p = 0; p < DEPARTMENTS && count < rows; p++) {
                csv.append(String.format(Locale.ROOT,
                        "Department %03d,Department %03d,Reports %d,What good looks like %d,Feedback,%d,%d%n", p,
                        (p + offset) % DEPARTMENTS, count, count, 4 + count % 20, 48 + count % 100));
                count++;
            }
        }
        return csv.toString();
    }

    private interface Timed {

        void run() throws Exception;

    }

    private static double seconds(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1e9;
    }

}
