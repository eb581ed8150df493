package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file of more than 1,000 rows is imported off the request thread: 202 with where to
 * follow it, its progress, its report; one import per site at a time; an import a restart
 * cut short says so; nobody else's site sees it.
 */
@AppTest
class MatrixImportJobTest {

    private static final String HEADER = "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,"
            + "resolution_hours,provider_owner,customer_owner,executive_sponsor\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TestSites site;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void aLargeFileRunsInTheBackgroundAndItsProgressAndReportAreThereToFollow() {
        String csv = rows(1_500);

        Response checking = importCsv(csv, true);

        assertThat(checking.status()).as(checking.body()).isEqualTo(202);
        String location = checking.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/matrix/imports/");
        assertThat(checking.json()).containsEntry("state", "running")
            .containsEntry("rowsTotal", 1_500)
            .containsEntry("dryRun", true);
        Map<String, Object> checked = finished(location);
        assertThat(checked).containsEntry("state", "done").containsEntry("rowsDone", 1_500);
        assertThat(report(checked)).containsEntry("relationshipsCreated", 1_500)
            .containsEntry("departmentsCreated", 40);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).as("a dry run writes nothing").isEmpty();

        Response importing = importCsv(csv, false);
        assertThat(importing.status()).isEqualTo(202);
        Map<String, Object> imported = finished(importing.headers().firstValue("Location").orElseThrow());

        assertThat(report(imported)).containsEntry("relationshipsCreated", 1_500)
            .containsEntry("errors", java.util.List.of());
        assertThat(site.asAdmin("GET", "/api/relationships", null).jsonList()).hasSize(1_500);
    }

    @Test
    void aLargeFileNamingPeopleByNameLooksEachNameUpOnceAndImportsInTheBackground() {
        site.jiraSite().user("557058:mia", "Mia Marketing", null).user("557058:sam", "Sam Sales", null);
        String csv = rows(1_100).replace(",8,48,,,", ",8,48,Mia Marketing,Sam Sales,557058:mia");

        Response importing = importCsv(csv, false);

        assertThat(importing.status()).as(importing.body()).isEqualTo(202);
        Map<String, Object> imported = finished(importing.headers().firstValue("Location").orElseThrow());
        assertThat(report(imported)).containsEntry("relationshipsCreated", 1_100)
            .containsEntry("errors", java.util.List.of());
        assertThat(site.jiraSite().calls()).filteredOn(c -> c.startsWith("GET /rest/api/3/user/search")).hasSize(2);
        assertThat(jdbc
            .queryForObject("select count(*) from relationship r join installation i on i.tenant_id = r.tenant_id "
                    + "where i.client_key = ? and r.provider_owner = '557058:mia' and r.customer_owner = '557058:sam'",
                    Integer.class, site.jira().clientKey()))
            .isEqualTo(1_100);
    }

    @Test
    void aLargeFileWithAnErrorImportsNothingAndItsReportNamesTheLine() {
        String csv = rows(1_200) + "Dept 00,Dept 00,Self,,,,,,,\n";

        Map<String, Object> done = finished(importCsv(csv, false).headers().firstValue("Location").orElseThrow());

        assertThat(report(done).get("errors").toString()).contains("line=1202").contains("its own internal customer");
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void oneImportPerSiteAtATimeAndOneARestartCutShortSaysSo() {
        Response first = importCsv(rows(1_100), true);
        String id = first.json().get("id").toString();
        finished(first.headers().firstValue("Location").orElseThrow());
        String tenant = jdbc.queryForObject("select tenant_id from matrix_import where id = ?", String.class, id);

        // another import of the site, still moving (on this node or another)
        String running = UUID.randomUUID().toString();
        insertRunning(running, tenant, Instant.now());
        Response second = importCsv(rows(1_100), false);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("message").toString()).contains("still running");

        // it stops moving (its node restarted): it is reported as interrupted, and the
        // site may import again
        jdbc.update("update matrix_import set updated_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(3))), running);
        Map<String, Object> interrupted = site.asAdmin("GET", "/api/matrix/imports/" + running, null).json();
        assertThat(interrupted).containsEntry("state", "interrupted");
        assertThat(interrupted.get("message").toString()).contains("nothing was imported");
        assertThat(importCsv(rows(1_100), true).status()).isEqualTo(202);
    }

    @Test
    void onlyTheSitesAdministratorsFollowAnImport() {
        Response started = importCsv(rows(1_050), true);
        String location = started.headers().firstValue("Location").orElseThrow();
        finished(location);

        TestSites other = TestSites.installed(site.host());
        assertThat(other.asAdmin("GET", location, null).status()).as("another site's admin").isEqualTo(404);
        assertThat(site.as("557058:not-an-admin", "GET", location, null).status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/matrix/imports/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    /** Rows between 40 departments, each pair once. */
    private static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        int written = 0;
        for (int p = 0; p < 40 && written < count; p++) {
            for (int c = 0; c < 40 && written < count; c++) {
                if (p != c) {
                    csv.append(String.format(java.util.Locale.ROOT,
                            "Dept %02d,Dept %02d,Reports,On time,Data,8,48,,,%n", p, c));
                    written++;
                }
            }
        }
        return csv.toString();
    }

    private void insertRunning(String id, String tenant, Instant updated) {
        jdbc.update(
                "insert into matrix_import (id, tenant_id, dry_run, state, rows_total, rows_done, started_at, updated_at) "
                        + "values (?, ?, false, 'running', 5000, 1200, ?, ?)",
                id, tenant, Timestamp.from(updated), Timestamp.from(updated));
    }

    private Map<String, Object> finished(String location) {
        return Eventually
            .await("the import at " + location + " to end", () -> site.asAdmin("GET", location, null),
                    r -> r.status() != 200 || !"running".equals(r.json().get("state")), Duration.ofSeconds(60))
            .json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(Map<String, Object> job) {
        return (Map<String, Object>) job.get("report");
    }

    private Response importCsv(String csv, boolean dryRun) {
        return site.host()
            .send("POST", "/api/matrix/import?dryRun=" + dryRun,
                    "JWT " + site.host().jwt(site.jira()).context().subject(TestSites.ADMIN).sign(), csv, "text/csv");
    }

}
