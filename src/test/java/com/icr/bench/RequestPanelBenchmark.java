package com.icr.bench;

import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.JiraIssueJson;
import com.icr.support.Qsh;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The issue panel benchmark (issue 4): one Jira site of 50 departments (each providing a
 * project, each with a member group), 500 relationships, most with an agreed agreement,
 * and a million internal requests stored (about 30% decided). wrk then measures the
 * panel's data {@code GET /api/requests/{issueId}} on a random stored issue per request,
 * with the context token of that issue's panel (it names the issue), the panel page
 * {@code GET /pages/issue-panel} (page JWT bound to its exact URL), and the no-op
 * {@code GET /api/ping} in the same run; the calls to Jira per panel load are counted on
 * the fake Jira. Not a test: run it with {@code bench/requests.sh}.
 *
 * <p>
 * Departments are made through the API and relationships through the CSV import, as a new
 * customer would; the agreements are then confirmed in SQL and the requests written with
 * JDBC batches into the app's own DataSource (the webhook intake would take hours for a
 * million issues).
 */
public final class RequestPanelBenchmark {

    private static final int DEPARTMENTS = 50;

    private static final int CUSTOMERS_PER_PROVIDER = 10;

    /**
     * Requests between departments without a relationship: offsets 11 and 12 (one in
     * six).
     */
    private static final int PAIR_OFFSETS = 12;

    private static final long FIRST_ISSUE_ID = 10_000_000L;

    /**
     * The fake Jira grants browsing only on issues it knows, and a million issues would
     * cost it gigabytes of heap in the measured JVM: it knows every tenth stored issue,
     * spread over the whole range, and the load picks among those (100,000 for a million
     * requests).
     */
    private static final int LOAD_STEP = 10;

    private static final int SIGNED_PAGES = 2_000;

    private static final String ADMIN = "557058:bench-admin";

    /**
     * An ordinary user: not an administrator, assignee, lead or owner, so the panel works
     * out every permission.
     */
    private static final String VIEWER = "557058:bench-viewer";

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer (the fake Jira, the key server) leaves Nagle's algorithm
        // on: it writes a response's
        // headers and body apart, and the client's delayed ACK then holds each call to
        // the fake Jira ~40 ms.
        // Real Jira has no such stall (it has its own latency, which no stand-in here can
        // tell), so it is off.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        String duration = args.length > 0 ? args[0] : "15s";
        int requests = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        Path data = Files.createTempDirectory("icr-bench-requests-");
        ConfigurableApplicationContext app = BenchApp.start(data);
        try {
            String base = BenchApp.base(app);
            HostSimulator host = new HostSimulator(base);
            FakeJira.Site jiraSite = FakeJira.get().newSite().administrators(ADMIN);
            Installation jira = HostSimulator.jira(jiraSite.baseUrl());
            jiraSite.secret(jira.sharedSecret());
            check(host.install(jira).status() == 204, "install");
            String adminToken = host.jwt(jira).context().subject(ADMIN).expiresIn(Duration.ofHours(3)).sign();
            String viewerToken = host.jwt(jira).context().subject(VIEWER).expiresIn(Duration.ofHours(3)).sign();
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            String tenantId = jdbc.queryForObject("select tenant_id from installation where client_key = ?",
                    String.class, jira.clientKey());

            long started = System.nanoTime();
            List<String> departmentIds = new ArrayList<>();
            for (int d = 0; d < DEPARTMENTS; d++) {
                HostSimulator.Response created = host.send("POST", "/api/departments", "JWT " + adminToken,
                        Map.of("name", name(d), "projects", List.of(Map.of("projectKey", projectKey(d))), "groups",
                                List.of(group(d)), "leadAccountId", lead(d)));
                check(created.status() == 201, "department: " + created.body());
                departmentIds.add((String) created.json().get("id"));
            }
            HostSimulator.Response imported = host.send("POST", "/api/matrix/import", "JWT " + adminToken,
                    relationshipsCsv(), "text/csv");
            check(imported.status() == 200, "import: " + imported.body());
            // Both owners confirm version 1 of four agreements in five; the others stay
            // drafts.
            int agreed = jdbc
                .update("update agreement_version set status = 'AGREED', provider_confirmed_by = 'seed', provider_confirmed_at = "
                        + "current_timestamp, customer_confirmed_by = 'seed', customer_confirmed_at = current_timestamp where tenant_id = ? and number = 1 "
                        + "and mod(ascii(substring(relationship_id, 1, 1)) + ascii(substring(relationship_id, 2, 1)), 5) <> 0",
                        tenantId);
            jdbc.update(
                    "update relationship r set standing = 'AGREED', agreed_version = 1 where tenant_id = ? and exists (select 1 from "
                            + "agreement_version v where v.relationship_id = r.id and v.status = 'AGREED')",
                    tenantId);
            jdbc.update(
                    "update site set data_revision = data_revision + 1, structure_revision = structure_revision + 1 where tenant_id = ?",
                    tenantId);
            int relationships = jdbc.queryForObject("select count(*) from relationship where tenant_id = ?",
                    Integer.class, tenantId);
            System.out.printf(Locale.ROOT,
                    "set up %d departments (API) and %d relationships (CSV import), %d agreed, in %.1f s%n",
                    DEPARTMENTS, relationships, agreed, (System.nanoTime() - started) / 1e9);

            started = System.nanoTime();
            // A bulk load: no redo log while seeding (HSQLDB logs every insert as SQL
            // text), one checkpoint after.
            jdbc.execute("set files log false");
            int[] seeded = seed(dataSource, tenantId, departmentIds, requests);
            jdbc.execute("checkpoint");
            jdbc.execute("set files log true");
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT,
                    "seeded %,d internal requests (%,d decided, %,d decision records) with JDBC batches (redo log off, then a checkpoint) in %.1f s (%,.0f rows/s)%n",
                    requests, seeded[0], seeded[1], seconds, (requests + seeded[1]) / seconds);
            System.out.printf(Locale.ROOT,
                    "internal_request rows in the database: %,d; request_decision rows: %,d; database files %,d MB%n",
                    jdbc.queryForObject("select count(*) from internal_request", Long.class),
                    jdbc.queryForObject("select count(*) from request_decision", Long.class), sizeOf(data) >> 20);

            System.out.println("indexes the panel's lookups use: internal_request by (tenant_id, issue_id): "
                    + indexOf(jdbc,
                            "select id from internal_request where tenant_id = '" + tenantId + "' and issue_id = '"
                                    + issueId(4242) + "'")
                    + "; request_decision by request_id: "
                    + indexOf(jdbc, "select id from request_decision where request_id = 'x'"));

            started = System.nanoTime();
            int known = 0;
            for (int k = 0; k < requests; k += LOAD_STEP) {
                jiraSite.issue(jiraIssue(k));
                known++;
            }
            System.out.printf(Locale.ROOT,
                    "fake Jira knows %,d of the stored issues (every %dth, ids %d..%d) in %.1f s%n", known, LOAD_STEP,
                    FIRST_ISSUE_ID, FIRST_ISSUE_ID + (long) (known - 1) * LOAD_STEP,
                    (System.nanoTime() - started) / 1e9);

            jiraCalls(host, jira, jiraSite, viewerToken, requests);

            Random picks = new Random(5);
            List<Integer> panelIssues = new ArrayList<>();
            for (int i = 0; i < SIGNED_PAGES; i++) {
                panelIssues.add(LOAD_STEP * picks.nextInt(known));
            }
            Path apiScript = apiScript(host, jira, panelIssues);
            Path pageScript = pageScript(host, jira, known);
            Path pingScript = pingScript(viewerToken);
            // The measured panels have each been opened once: wrk measures repeat views
            // (a first view is the breakdown's
            // "random id" and the "never seen" line).
            long opened = System.nanoTime();
            for (int k : panelIssues) {
                check(host.get("/api/requests/" + issueId(k), "JWT " + panelToken(host, jira, k)).status() == 200,
                        "first view of " + issueId(k));
            }
            System.out.printf(Locale.ROOT,
                    "the %,d measured panels opened once each, one after another: %.1f ms per first view%n",
                    panelIssues.size(), (System.nanoTime() - opened) / 1e6 / panelIssues.size());
            wrk(base, apiScript, "10s", 2); // warm-up: JIT, connection pools, the
                                            // database's cache
            wrk(base, pageScript, "5s", 2);
            wrk(base, pingScript, "5s", 2);
            System.out.println(
                    "GET /api/requests/{id} of an issue the app has never seen (permission check + GET issue + insert), 40 in a row: "
                            + firstViews(host, jiraSite, viewerToken, requests));
            System.out.println(breakdown(host, jira, jiraSite, viewerToken, known));
            System.out.println(
                    "note: GET /api/requests/{id} with the context token of that issue's panel asks the fake Jira nothing but,"
                            + " once a minute per person, whether they administer it; the calls made during the wrk runs are counted below");
            System.out.println("machine load average (1, 5, 15 min) before the wrk runs: " + loadAverage());
            int checksBefore = jiraSite.permissionChecks();
            for (int connections : new int[] { 1, 8 }) {
                String requestData = wrk(base, apiScript, duration, connections);
                String page = wrk(base, pageScript, duration, connections);
                String ping = wrk(base, pingScript, duration, connections);
                String options = "wrk -t" + Math.min(2, connections) + " -c" + connections + " -d" + duration;
                System.out.println(options + " GET /api/requests/{id}  " + requestData);
                System.out.println(options + " GET /pages/issue-panel  " + page);
                System.out.println(options + " GET /api/ping           " + ping);
            }
            System.out.printf(Locale.ROOT,
                    "fake Jira permission checks in all: %,d, of which during the wrk runs: %,d; machine load average after: %s%n",
                    jiraSite.permissionChecks(), jiraSite.permissionChecks() - checksBefore, loadAverage());
        }
        finally {
            app.close();
            deleteTree(data);
        }
    }

    // ---- the site
    // -----------------------------------------------------------------------------------------

    private static String name(int d) {
        return String.format(Locale.ROOT, "Department %02d", d);
    }

    private static String projectKey(int d) {
        return String.format(Locale.ROOT, "D%02d", d);
    }

    private static String group(int d) {
        return String.format(Locale.ROOT, "department-%02d-team", d);
    }

    private static String lead(int d) {
        return String.format(Locale.ROOT, "557058:lead-%02d", d);
    }

    private static String relationshipsCsv() {
        StringBuilder csv = new StringBuilder(
                "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,"
                        + "resolution_hours,provider_owner,customer_owner\n");
        for (int p = 0; p < DEPARTMENTS; p++) {
            for (int offset = 1; offset <= CUSTOMERS_PER_PROVIDER; offset++) {
                int c = (p + offset) % DEPARTMENTS;
                csv.append(String.format(Locale.ROOT,
                        "%s,%s,Monthly report for %s,Reconciled and signed off,Data by the 25th,%d,%d,%s,%s%n", name(p),
                        name(c), name(c), 4 + (p + c) % 20, 48 + (p * c) % 100, lead(p), lead(c)));
            }
        }
        return csv.toString();
    }

    // ---- the requests
    // -------------------------------------------------------------------------------------

    /**
     * Stored request number k: its provider is k mod 50, its customer 1 to 12 departments
     * further on.
     */
    private static int providerOf(int k) {
        return k % DEPARTMENTS;
    }

    private static int customerOf(int k) {
        return (providerOf(k) + 1 + (k / DEPARTMENTS) % PAIR_OFFSETS) % DEPARTMENTS;
    }

    private static String issueId(int k) {
        return String.valueOf(FIRST_ISSUE_ID + k);
    }

    private static String issueKey(int k) {
        return projectKey(providerOf(k)) + "-" + (k / DEPARTMENTS + 1);
    }

    private static String reporterOf(int k) {
        return String.format(Locale.ROOT, "557058:member-%02d-%03d", customerOf(k), (k / 7) % 200);
    }

    private static String assigneeOf(int k) {
        return String.format(Locale.ROOT, "557058:member-%02d-%03d", providerOf(k), (k / 11) % 40);
    }

    private static JiraIssueJson jiraIssue(int k) {
        return new JiraIssueJson(issueId(k), issueKey(k), projectKey(providerOf(k))).reporter(reporterOf(k))
            .assignee(assigneeOf(k));
    }

    /**
     * A million requests as the intake would have stored them: 95% internal (one in six
     * between departments without a relationship), 4% not internal (the reporter is in no
     * other department), 1% deleted; of the internal ones 30% decided (two in three
     * accepted), one in twenty decided twice; 60% resolved.
     * @return the decided requests and the decision records written
     */
    private static int[] seed(DataSource dataSource, String tenantId, List<String> departmentIds, int count)
            throws Exception {
        String requestSql = "insert into internal_request (id, tenant_id, issue_id, issue_key, project_key, component_ids, reporter_account_id, "
                + "assignee_account_id, status_category, issue_created_at, resolved_at, first_response_at, snapshot_at, snapshot_key, deleted, "
                + "auto_provider_id, provider_source, auto_customer_id, customer_looked_up, provider_id, customer_id, decision, decision_reason, "
                + "decided_at, decision_note, summary_revision, created_at, updated_at, version) "
                + "values (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROJECT', ?, true, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)";
        String decisionSql = "insert into request_decision (id, tenant_id, request_id, outcome, reason, note, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)";
        String[] reasons = { "OUT_OF_SCOPE", "NO_CAPACITY", "INCOMPLETE_SPECIFICATION", "DUPLICATE", "ELSEWHERE",
                "OTHER" };
        Random random = new Random(42);
        Instant now = Instant.now();
        int decided = 0;
        int records = 0;
        int batch = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement request = connection.prepareStatement(requestSql);
                PreparedStatement decision = connection.prepareStatement(decisionSql)) {
            connection.setAutoCommit(false);
            for (int k = 0; k < count; k++) {
                String id = UUID.randomUUID().toString();
                String provider = departmentIds.get(providerOf(k));
                String customer = departmentIds.get(customerOf(k));
                boolean deleted = k % 100 == 99;
                boolean internal = !deleted && k % 100 < 95;
                Instant created = now.minusSeconds(3600L + (long) ((count - k) * (730L * 86_400 / (double) count)));
                Instant firstResponse = random.nextInt(10) < 7 ? created.plusSeconds(600 + random.nextInt(86_400))
                        : null;
                Instant resolved = random.nextInt(10) < 6 ? created.plusSeconds(3_600 + random.nextInt(10 * 86_400))
                        : null;
                boolean decides = internal && random.nextInt(10) < 3;
                boolean accepted = random.nextInt(3) < 2;
                Instant decidedAt = decides ? created.plusSeconds(900 + random.nextInt(2 * 86_400)) : null;
                String reason = decides && !accepted ? reasons[random.nextInt(reasons.length)] : null;
                Instant updated = Stream.of(created, firstResponse, resolved, decidedAt)
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
                int i = 1;
                request.setString(i++, id);
                request.setString(i++, tenantId);
                request.setString(i++, issueId(k));
                request.setString(i++, issueKey(k));
                request.setString(i++, projectKey(providerOf(k)));
                request.setString(i++, reporterOf(k));
                request.setString(i++, assigneeOf(k));
                request.setString(i++, resolved != null ? "done" : firstResponse != null ? "indeterminate" : "new");
                setTime(request, i++, created);
                setTime(request, i++, resolved);
                setTime(request, i++, decides && (firstResponse == null || decidedAt.isBefore(firstResponse))
                        ? decidedAt : firstResponse);
                request.setLong(i++, updated.toEpochMilli());
                request.setString(i++, "seed-" + k);
                request.setBoolean(i++, deleted);
                request.setString(i++, provider);
                request.setString(i++, internal ? customer : null); // auto_customer_id:
                                                                    // the reporter's
                                                                    // department
                request.setString(i++, internal ? provider : null);
                request.setString(i++, internal ? customer : null);
                request.setString(i++, decides ? (accepted ? "ACCEPTED" : "DECLINED") : null);
                request.setString(i++, reason);
                setTime(request, i++, decidedAt);
                request.setString(i++, decides ? (accepted ? "" : "We cannot take this on this quarter.") : null);
                setTime(request, i++, created);
                setTime(request, i++, updated);
                request.addBatch();
                if (decides) {
                    decided++;
                    int times = k % 20 == 0 ? 2 : 1;
                    for (int t = 0; t < times; t++) {
                        boolean last = t == times - 1;
                        decision.setString(1, UUID.randomUUID().toString());
                        decision.setString(2, tenantId);
                        decision.setString(3, id);
                        decision.setString(4, last ? (accepted ? "ACCEPTED" : "DECLINED") : "DECLINED");
                        decision.setString(5, last ? reason : "NO_CAPACITY");
                        decision.setString(6, last && accepted ? "" : "We cannot take this on this quarter.");
                        decision.setString(7, assigneeOf(k));
                        setTime(decision, 8, last ? decidedAt : decidedAt.minusSeconds(600));
                        decision.addBatch();
                        records++;
                    }
                }
                if (++batch == 5_000 || k == count - 1) {
                    request.executeBatch();
                    decision.executeBatch();
                    connection.commit();
                    batch = 0;
                }
                if ((k + 1) % 200_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d requests stored%n", k + 1);
                }
            }
        }
        return new int[] { decided, records };
    }

    private static void setTime(PreparedStatement statement, int index, Instant at) throws Exception {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        }
        else {
            statement.setTimestamp(index, Timestamp.from(at), UTC); // as Hibernate writes
                                                                    // them
                                                                    // (hibernate.jdbc.time_zone=UTC)
        }
    }

    // ---- calls to Jira per panel load
    // -------------------------------------------------------------------

    private static void jiraCalls(HostSimulator host, Installation jira, FakeJira.Site jiraSite, String viewerToken,
            int requests) {
        int k = LOAD_STEP * 7; // a stored issue known to the fake Jira, not viewed yet
        jiraSite.clearCalls();
        HostSimulator.Response page = host.get(pagePath(host, jira, k, Duration.ofMinutes(5)), null);
        check(page.status() == 200, "panel page: " + page.status());
        List<String> pageCalls = jiraSite.calls();
        jiraSite.clearCalls();
        String panelToken = panelToken(host, jira, k);
        HostSimulator.Response view = host.get("/api/requests/" + issueId(k), "JWT " + panelToken);
        check(view.status() == 200 && "internal".equals(view.json().get("state")), "stored request: " + view.body());
        List<String> dataCalls = jiraSite.calls();
        jiraSite.clearCalls();
        check(host.get("/api/requests/" + issueId(k), "JWT " + panelToken).status() == 200, "stored request again");
        List<String> againCalls = jiraSite.calls();
        jiraSite.clearCalls();
        check(host.get("/api/requests/" + issueId(k), "JWT " + panelToken(host, jira, k + LOAD_STEP)).status() == 200,
                "another issue's token");
        List<String> otherCalls = jiraSite.calls();
        System.out.println("Jira calls per panel load, stored issue " + issueId(k) + ": page " + pageCalls.size() + " "
                + pageCalls + ", data (the panel's own token) " + dataCalls.size() + " " + dataCalls
                + "; the same panel again: " + againCalls.size() + " " + againCalls
                + "; the same data with a token naming another issue: " + otherCalls.size() + " " + otherCalls);
        check(againCalls.isEmpty() && dataCalls.size() <= 1,
                "no Jira call for a repeat view, at most the administrator question for the first");
        check(otherCalls.stream().anyMatch(c -> c.startsWith("POST /rest/api/3/permissions/check")),
                "another issue's token is never trusted");

        // An issue the app has never heard of: its panel fetches it; the reporter's
        // groups are the intake worker's business, later.
        int provider = 3;
        int customer = 4;
        String newId = String.valueOf(FIRST_ISSUE_ID + requests + 1_000_000);
        String reporter = "557058:new-reporter";
        jiraSite.groups(reporter, group(customer), "everyone");
        jiraSite
            .issue(new JiraIssueJson(newId, projectKey(provider) + "-900001", projectKey(provider)).reporter(reporter)
                .assignee(assigneeOf(provider))
                .created(Instant.now().minusSeconds(600)));
        jiraSite.clearCalls();
        String newPage = "/pages/issue-panel?issueId=" + newId + "&issueKey=" + projectKey(provider) + "-900001";
        check(host.get(signed(host, jira, newPage, Duration.ofMinutes(5)), null).status() == 200,
                "panel page, new issue");
        pageCalls = jiraSite.calls();
        jiraSite.clearCalls();
        HostSimulator.Response first = host.get("/api/requests/" + newId, "JWT " + viewerToken);
        check(first.status() == 200, "new issue: " + first.body());
        List<String> inFlight = jiraSite.calls();
        jiraSite.clearCalls();
        // The panel polls until the intake worker has looked up the reporter's
        // department.
        String state = (String) first.json().get("state");
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int polls = 0;
        while (!"internal".equals(state) && System.nanoTime() < until) {
            sleep(200);
            state = (String) host.get("/api/requests/" + newId, "JWT " + viewerToken).json().get("state");
            polls++;
        }
        sleep(500);
        List<String> later = jiraSite.calls();
        // The request stores the fetched issue and nudges the intake worker, whose calls
        // (the reporter's groups, the
        // issue's entity property) can land before the response does: in the code, only
        // RequestController calls
        // permissions/check and GET issue, only the worker user/groups and the property.
        List<String> panel = inFlight.stream()
            .filter(c -> c.startsWith("POST /rest/api/3/permissions/check")
                    || (c.startsWith("GET /rest/api/3/issue/") && !c.contains("/properties/")))
            .toList();
        List<String> worker = Stream.concat(inFlight.stream().filter(c -> !panel.contains(c)), later.stream()).toList();
        System.out.println("Jira calls per panel load, issue never seen (" + newId + "): page " + pageCalls.size() + " "
                + pageCalls + ", data " + panel.size() + " " + panel + " -> state " + first.json().get("state")
                + "; the panel's " + polls + " polls until it is " + state
                + ": 0 (cached); the intake worker, in the background: " + worker.size() + " " + worker);
        check(panel.size() <= 2 && pageCalls.isEmpty(), "at most two calls to Jira per panel load");
    }

    /**
     * The first view of issues the app has never seen, one after another: what a panel
     * costs before any webhook.
     */
    private static String firstViews(HostSimulator host, FakeJira.Site jiraSite, String viewerToken, int requests) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.valueOf(FIRST_ISSUE_ID + requests + 2_000_000 + i);
            int k = i * 13;
            jiraSite
                .issue(new JiraIssueJson(id, projectKey(providerOf(k)) + "-" + (800_000 + i), projectKey(providerOf(k)))
                    .reporter(reporterOf(k))
                    .assignee(assigneeOf(k))
                    .created(Instant.now().minusSeconds(600)));
            long start = System.nanoTime();
            HostSimulator.Response response = host.get("/api/requests/" + id, "JWT " + viewerToken);
            micros.add((System.nanoTime() - start) / 1000);
            check(response.status() == 200, "first view: " + response.body());
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format(Locale.ROOT, "p50=%.1fms p95=%.1fms max=%.1fms", sorted.get(19) / 1000.0,
                sorted.get(37) / 1000.0, sorted.get(39) / 1000.0);
    }

    /**
     * One request at a time, interleaved so that all see the same machine: the no-op, the
     * panel's data with the permission answer cached (the database and the view only),
     * the panel's data of a random issue (plus one permission check), the permission
     * check alone as the app makes it (straight to the fake Jira), the page.
     */
    private static String breakdown(HostSimulator host, Installation jira, FakeJira.Site jiraSite, String viewerToken,
            int known) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String permissionsUrl = jiraSite.baseUrl() + "/rest/api/3/permissions/check";
        String fakeJiraToken = appJwt(jira, Qsh.of("POST", "/rest/api/3/permissions/check"));
        Random random = new Random(11);
        String cachedIssue = issueId(LOAD_STEP * 3);
        String cachedToken = panelToken(host, jira, LOAD_STEP * 3);
        String[] names = { "GET /api/ping", "GET /api/requests/{id}, one issue's panel again",
                "GET /api/requests/{random id}, its panel", "POST permissions/check to the fake Jira alone",
                "GET /pages/issue-panel" };
        List<List<Long>> micros = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            micros.add(new ArrayList<>());
        }
        for (int round = -20; round < 200; round++) { // the first 20 rounds warm up
            int k = LOAD_STEP * random.nextInt(known);
            List<HttpRequest> requests = List.of(
                    HttpRequest.newBuilder(URI.create(host.appBaseUrl() + "/api/ping"))
                        .header("Authorization", "JWT " + viewerToken)
                        .build(),
                    HttpRequest.newBuilder(URI.create(host.appBaseUrl() + "/api/requests/" + cachedIssue))
                        .header("Authorization", "JWT " + cachedToken)
                        .build(),
                    HttpRequest.newBuilder(URI.create(host.appBaseUrl() + "/api/requests/" + issueId(k)))
                        .header("Authorization", "JWT " + panelToken(host, jira, k))
                        .build(),
                    HttpRequest.newBuilder(URI.create(permissionsUrl))
                        .header("Authorization", "JWT " + fakeJiraToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"accountId\":\"" + VIEWER
                                + "\",\"globalPermissions\":[\"ADMINISTER\"],\"projectPermissions\":[{\"issues\":["
                                + issueId(k) + "],\"permissions\":[\"BROWSE_PROJECTS\"]}]}"))
                        .build(),
                    HttpRequest
                        .newBuilder(URI.create(host.appBaseUrl() + pagePath(host, jira, k, Duration.ofMinutes(10))))
                        .build());
            for (int i = 0; i < requests.size(); i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - start) / 1000;
                check(response.statusCode() / 100 == 2,
                        names[i] + ": " + response.statusCode() + " " + response.body());
                if (round >= 0) {
                    micros.get(i).add(took);
                }
            }
        }
        StringBuilder out = new StringBuilder("one request at a time, interleaved, 200 rounds:");
        for (int i = 0; i < names.length; i++) {
            List<Long> sorted = micros.get(i).stream().sorted().toList();
            out.append(String.format(Locale.ROOT, "%n  %-48s p50=%.1fms p95=%.1fms p99=%.1fms", names[i],
                    sorted.get(99) / 1000.0, sorted.get(189) / 1000.0, sorted.get(197) / 1000.0));
        }
        return out.toString();
    }

    /**
     * What the app sends its Jira: HS256 with the shared secret, iss = the app's key, the
     * call's qsh.
     */
    private static String appJwt(Installation jira, String qsh) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder().issuer(HostSimulator.APP_KEY)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                    .claim("qsh", qsh)
                    .build());
        jwt.sign(new MACSigner(jira.sharedSecret().getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    // ---- wrk
    // ----------------------------------------------------------------------------------------------

    private static final String DONE = """
            done = function(summary, latency, requests)
              io.write(string.format("RESULT requests=%d errors=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms\\n",
                summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
                summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                latency:percentile(99) / 1000))
            end
            """;

    /**
     * Each wrk thread its own random sequence; os.time() alone would give both threads
     * the same.
     */
    private static final String SEEDING = """
            local threads = 0
            setup = function(thread)
              threads = threads + 1
              thread:set("thread_number", threads)
            end
            init = function(args)
              math.randomseed(os.time() * 100 + (thread_number or 0))
            end
            """;

    /**
     * The panel's data as an ordinary user, as the panel asks for it: a random issue
     * among 2,000 the fake Jira knows, each with the context token Jira gives that
     * issue's panel (it names the issue).
     */
    private static Path apiScript(HostSimulator host, Installation jira, List<Integer> panelIssues) throws IOException {
        StringBuilder panels = new StringBuilder("local panels = {\n");
        for (int k : panelIssues) {
            panels.append("  {\"/api/requests/")
                .append(issueId(k))
                .append("\", \"JWT ")
                .append(panelToken(host, jira, k))
                .append("\"},\n");
        }
        panels.append("}\n");
        Path script = Files.createTempFile("wrk-requests-", ".lua");
        Files.writeString(script, panels + """
                wrk.headers["Accept-Encoding"] = "gzip"
                %s
                request = function()
                  local panel = panels[math.random(1, #panels)]
                  wrk.headers["Authorization"] = panel[2]
                  return wrk.format("GET", panel[1])
                end
                """.formatted(SEEDING) + DONE);
        return script;
    }

    /**
     * What {@code AP.context.getToken()} gives the issue panel of issue k: a context
     * token naming the issue.
     */
    private static String panelToken(HostSimulator host, Installation jira, int k) {
        return host.jwt(jira)
            .context()
            .subject(VIEWER)
            .expiresIn(Duration.ofHours(3))
            .claim("context", Map.of("jira", Map.of("issue", Map.of("id", issueId(k), "key", issueKey(k)))))
            .sign();
    }

    /**
     * The panel page as the issue view loads it: a URL signed by Jira for one issue,
     * picked at random among 2,000.
     */
    private static Path pageScript(HostSimulator host, Installation jira, int known) throws IOException {
        Random random = new Random(7);
        StringBuilder paths = new StringBuilder("local paths = {\n");
        for (int i = 0; i < SIGNED_PAGES; i++) {
            paths.append("  \"")
                .append(pagePath(host, jira, LOAD_STEP * random.nextInt(known), Duration.ofHours(3)))
                .append("\",\n");
        }
        paths.append("}\n");
        Path script = Files.createTempFile("wrk-panel-", ".lua");
        Files.writeString(script, paths + """
                wrk.headers["Accept-Encoding"] = "gzip"
                %s
                request = function()
                  return wrk.format("GET", paths[math.random(1, #paths)])
                end
                """.formatted(SEEDING) + DONE);
        return script;
    }

    private static Path pingScript(String token) throws IOException {
        Path script = Files.createTempFile("wrk-ping-", ".lua");
        Files.writeString(script, """
                wrk.headers["Authorization"] = "JWT %s"
                wrk.headers["Accept-Encoding"] = "gzip"
                request = function()
                  return wrk.format("GET", "/api/ping")
                end
                """.formatted(token) + DONE);
        return script;
    }

    private static String pagePath(HostSimulator host, Installation jira, int k, Duration lifetime) {
        return signed(host, jira, "/pages/issue-panel?issueId=" + issueId(k) + "&issueKey=" + issueKey(k), lifetime);
    }

    /** As Jira puts it in the iframe's src: the page JWT's qsh binds this exact URL. */
    private static String signed(HostSimulator host, Installation jira, String pathAndQuery, Duration lifetime) {
        String token = host.jwt(jira).qsh(Qsh.of("GET", pathAndQuery)).subject(VIEWER).expiresIn(lifetime).sign();
        return pathAndQuery + "&jwt=" + token;
    }

    private static String wrk(String base, Path script, String duration, int connections) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + duration, "--timeout", "5s", "-s", script.toString(), base)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines()
            .filter(l -> l.startsWith("RESULT"))
            .findFirst()
            .map(l -> l.substring("RESULT ".length()))
            .orElse("no result: " + out);
    }

    /**
     * How HSQLDB's plan reads the table for a query: its access ("INDEX PRED" or "FULL
     * SCAN") and the index.
     */
    private static String indexOf(JdbcTemplate jdbc, String query) {
        List<String> plan = jdbc.queryForList("explain plan for " + query, String.class)
            .stream()
            .map(String::strip)
            .toList();
        String access = plan.stream()
            .filter(l -> l.startsWith("access="))
            .findFirst()
            .map(l -> l.substring("access=".length()))
            .orElse("?");
        String index = plan.stream()
            .filter(l -> l.contains("index="))
            .findFirst()
            .map(l -> l.substring(l.indexOf("index=") + 6))
            .orElse("none");
        return access + " " + index;
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }

    /** The machine is shared (2 cores): what else ran shows here. */
    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark set-up failed: " + what);
        }
    }

}
