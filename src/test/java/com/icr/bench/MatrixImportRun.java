package com.icr.bench;

import com.icr.support.HostSimulator;
import java.util.Map;

/**
 * A matrix import as the admin page runs it: posted, then (a file of more than 1,000
 * rows, answered 202) followed until it ends. For the benchmarks that set a site up
 * through the import or time it.
 */
final class MatrixImportRun {

    private MatrixImportRun() {
    }

    /** The import's report; fails when the import did not succeed. */
    static Map<String, Object> run(HostSimulator host, String token, String csv, boolean dryRun) throws Exception {
        HostSimulator.Response started = host.send("POST", "/api/matrix/import?dryRun=" + dryRun, "JWT " + token, csv,
                "text/csv");
        if (started.status() == 200) {
            return started.json();
        }
        if (started.status() != 202) {
            throw new IllegalStateException("import: " + started.status() + " " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        for (;;) {
            Thread.sleep(100);
            HostSimulator.Response job = host.send("GET", location, "JWT " + token, null);
            Object state = job.json().get("state");
            if ("done".equals(state)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> report = (Map<String, Object>) job.json().get("report");
                if (!((java.util.List<?>) report.get("errors")).isEmpty()) {
                    throw new IllegalStateException("import: " + report.get("errors"));
                }
                return report;
            }
            if (!"running".equals(state)) {
                throw new IllegalStateException("import: " + job.body());
            }
        }
    }

}
