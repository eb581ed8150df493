package com.icr.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.Application;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import com.icr.support.KeyServer;
import com.icr.support.Qsh;
import com.icr.support.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5, item 8: 10,000 resolution webhooks across 20 sites in one minute against one
 * node on HSQLDB. Each is a {@code jira:issue_updated} that resolves an issue the app has
 * not seen (status category done, a resolution date, a changelog item for the resolution)
 * in the FIN project, which Finance provides, reported by someone in Sales' group: an
 * internal request.
 *
 * <p>
 * The load is open: wrk (one thread, many connections) sends at fixed times,
 * {@code start + k / rate}, whatever the answers take, as Jira's webhook dispatchers do;
 * a connection is only a pipe, and there are enough of them that a slow answer does not
 * hold the next send back (the script counts sends that left late, which would mean it
 * did). wrk times each request from its send to its answer. Each request takes the next
 * site's pre-signed webhook JWT (qsh of {@code POST /webhooks/jira/issue}), a new
 * {@code X-Atlassian-Webhook-Identifier} and a new issue id. The no-op
 * {@code GET /api/ping} is measured alone before the load and on two connections during
 * it.
 *
 * <p>
 * Then: the time until no delivery is due any more (every issue event and every outbox
 * entry it queued worked off), and the counts: acknowledged, stored, worked, internal
 * requests, entity properties in the fake Jira, satisfaction checks (once that module
 * exists): lost or doubled must be 0.
 *
 * <p>
 * Not a test: run it with {@code bench/resolutions.sh}. Arguments {@code name=value}:
 * {@code webhooks} (10000), {@code seconds} (60), {@code sites} (20), {@code reporters}
 * per site (10), {@code jiraLatencyMs} (the fake Jira's answer time, 0),
 * {@code connections} (wrk's, 100), {@code warmup} seconds (15), {@code pingDuring}
 * (true); anything starting with {@code --} goes to the app
 * ({@code --icr.intake.threads=4}).
 */
public final class ResolutionLoadBenchmark {

    static final String PATH = "/webhooks/jira/issue";

    private static final String ADMIN = "557058:bench-admin";

    private static final String FINANCE_LEAD = "557058:bench-finance-lead";

    private static final String SALES_LEAD = "557058:bench-sales-lead";

    private static final long FIRST_ISSUE = 1_000_000L;

    private static final long FIRST_WARMUP_ISSUE = 9_000_000L;

    private record Options(int webhooks, int seconds, int sites, int reporters, int jiraLatencyMs, int connections,
            int warmupSeconds, boolean pingDuring, List<String> appArgs) {

        static Options of(String[] args) {
            Map<String, String> named = new LinkedHashMap<>();
            List<String> app = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("--")) {
                    app.add(arg);
                }
                else if (arg.contains("=")) {
                    named.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                }
                else if (!arg.isBlank()) {
                    throw new IllegalArgumentException("name=value or --app.property=value expected: " + arg);
                }
            }
            Options options = new Options(i(named, "webhooks", 10_000), i(named, "seconds", 60), i(named, "sites", 20),
                    i(named, "reporters", 10), i(named, "jiraLatencyMs", 0), i(named, "connections", 100),
                    i(named, "warmup", 15), Boolean.parseBoolean(named.getOrDefault("pingDuring", "true")),
                    List.copyOf(app));
            named.keySet()
                .removeAll(List.of("webhooks", "seconds", "sites", "reporters", "jiraLatencyMs", "connections",
                        "warmup", "pingDuring"));
            if (!named.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + named.keySet());
            }
            return options;
        }

        private static int i(Map<String, String> named, String name, int otherwise) {
            return Integer.parseInt(named.getOrDefault(name, String.valueOf(otherwise)).replace("_", ""));
        }

        double rate() {
            return webhooks / (double) seconds;
        }
    }

    /**
     * One installed site of the load: its fake Jira, its signed webhook token and a
     * context token for ping.
     */
    private record Site(TestSites site, String webhookToken, String tenantId) {
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer (fake Jira) writes a response's headers and body apart;
        // with Nagle's algorithm on,
        // the client's delayed ACK then holds each call ~40 ms, a stall real Jira does
        // not have.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        Options options = Options.of(args);
        Path data = Files.createTempDirectory("icr-bench-resolutions-");
        List<String> appArgs = new ArrayList<>(
                List.of("--server.port=0", "--addon.base-url=http://localhost:${local.server.port}",
                        "--atlassian.connect.public-key-base-url=" + KeyServer.get().baseUrl(),
                        "--icr.data-dir=" + data, "--icr.preview.enabled=false", "--logging.level.root=WARN",
                        // Jira keeps its connections; Tomcat would close each after 100
                        // requests, and wrk then rebuilds a request
                        "--server.tomcat.max-keep-alive-requests=-1"));
        appArgs.addAll(options.appArgs());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
            .run(appArgs.toArray(String[]::new));
        try {
            run(app, options);
        }
        finally {
            app.close();
        }
    }

    private static void run(ConfigurableApplicationContext app, Options options) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        HostSimulator host = new HostSimulator(base);
        System.out.printf(Locale.ROOT,
                "settings: %d webhooks in %d s (%.1f/s) across %d sites, %d reporters per site, fake Jira answers in %d ms, "
                        + "wrk on %d connections; app %s; intake threads %s, Hikari pool %s, Tomcat threads %s%n",
                options.webhooks(), options.seconds(), options.rate(), options.sites(), options.reporters(),
                options.jiraLatencyMs(), options.connections(), options.appArgs(),
                app.getEnvironment().getProperty("icr.intake.threads", "default"),
                app.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "default"),
                app.getEnvironment().getProperty("server.tomcat.threads.max", "default"));

        long setUp = System.nanoTime();
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < options.sites(); s++) {
            sites.add(site(host, jdbc, options));
        }
        // The issues exist in Jira, so that the entity property writes land (Jira answers
        // 404 for an unknown issue).
        // (ids past the last: wrk asks its script for a new request when it reconnects,
        // which skips an id)
        for (int k = 0; k < options.webhooks() + 2 * options.connections(); k++) {
            sites.get(k % sites.size()).site().jiraSite().issue(issue(FIRST_ISSUE + k, reporter(k, options)));
        }
        String pingToken = "JWT "
                + host.jwt(sites.get(0).site().jira()).context().subject(ADMIN).expiresIn(Duration.ofHours(3)).sign();
        System.out.printf(Locale.ROOT,
                "set up %d sites (Jira and Confluence installed, Finance provides FIN, Sales has sales-team, an agreed "
                        + "relationship Finance -> Sales) in %.1f s%n",
                sites.size(), (System.nanoTime() - setUp) / 1e9);

        // Warm-up: the JIT, the pools and the caches as a running node has them; issues
        // of another range.
        if (options.warmupSeconds() > 0) {
            int warmups = (int) Math.round(options.rate() / 2 * options.warmupSeconds());
            Wrk.Result warm = Wrk.webhooks(base, sites.stream().map(Site::webhookToken).toList(), template(), "warm-",
                    FIRST_WARMUP_ISSUE, warmups, options.warmupSeconds(), options.reporters(),
                    Math.min(options.connections(), 50));
            Wrk.get(base + "/api/ping", pingToken, 5, 2);
            drain(jdbc, Duration.ofMinutes(10));
            System.out.println("warm-up: " + warm.line() + "; drained");
        }
        Counts before = Counts.of(jdbc, sites);

        Wrk.Result pingAlone = Wrk.get(base + "/api/ping", pingToken, 10, 2);

        Cpu cpuBefore = Cpu.now();
        long start = System.nanoTime();
        CompletableFuture<Wrk.Result> pingDuring = options.pingDuring()
                ? CompletableFuture.supplyAsync(() -> Wrk.get(base + "/api/ping", pingToken, options.seconds(), 2))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Wrk.Result> load = CompletableFuture
            .supplyAsync(() -> Wrk.webhooks(base, sites.stream().map(Site::webhookToken).toList(), template(), "res-",
                    FIRST_ISSUE, options.webhooks(), options.seconds(), options.reporters(), options.connections()));
        List<String> backlog = new ArrayList<>();
        long sampleEvery = 10_000_000_000L;
        long nextSample = start + sampleEvery;
        while (!load.isDone()) {
            Thread.sleep(100);
            if (System.nanoTime() >= nextSample) {
                backlog.add(sample(jdbc, start));
                nextSample += sampleEvery;
            }
        }
        long loadEnded = System.nanoTime();
        Cpu cpuLoad = Cpu.now().minus(cpuBefore);
        Wrk.Result webhooks = load.get();
        long drained = drain(jdbc, Duration.ofMinutes(15), start, backlog);
        Wrk.Result pingLoaded = pingDuring.get();
        Cpu cpuAll = Cpu.now().minus(cpuBefore);
        Counts after = Counts.of(jdbc, sites);
        Counts run = after.minus(before);

        System.out.println();
        System.out.printf(Locale.ROOT, "POST %s open loop %.1f/s for %d s, %d sites, wrk -t1 -c%d: %s%n", PATH,
                options.rate(), options.seconds(), options.sites(), options.connections(), webhooks.line());
        System.out.println("GET /api/ping alone before the load, wrk -t1 -c2 -d10s: " + pingAlone.line());
        if (pingLoaded != null) {
            System.out.printf(Locale.ROOT, "GET /api/ping during the load, wrk -t1 -c2 -d%ds: %s%n", options.seconds(),
                    pingLoaded.line());
        }
        System.out
            .println("backlog while loading and draining (s since the load started): " + String.join("; ", backlog));
        double drainSeconds = (drained - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "load sent in %.1f s; backlog drained (no delivery due) %.1f s after the load started, %.1f s after it ended; "
                        + "%d deliveries worked in that time (%.1f/s)%n",
                (loadEnded - start) / 1e9, drainSeconds, (drained - loadEnded) / 1e9, run.worked(),
                run.worked() / drainSeconds);
        double wrkCpu = webhooks.cpuSeconds() + (pingLoaded == null ? 0 : pingLoaded.cpuSeconds());
        System.out.printf(Locale.ROOT,
                "CPU while sending (%.1f s, %d cores): machine busy %.0f%%; this JVM (app, fake Jira, bench) %.1f core-s, "
                        + "the two wrk %.1f core-s, everything else on the machine %.1f core-s%n",
                cpuLoad.wallSeconds(), Cpu.CORES, 100 * cpuLoad.busySeconds() / (cpuLoad.wallSeconds() * Cpu.CORES),
                cpuLoad.jvmSeconds(), wrkCpu, cpuLoad.busySeconds() - cpuLoad.jvmSeconds() - wrkCpu);
        System.out.printf(Locale.ROOT,
                "CPU from the load's start to the drain (%.1f s): this JVM %.1f core-s, %.1f ms per webhook (its "
                        + "acknowledgement and all its deliveries, pings included); everything else but wrk %.1f core-s%n",
                cpuAll.wallSeconds(), cpuAll.jvmSeconds(), 1000 * cpuAll.jvmSeconds() / options.webhooks(),
                cpuAll.busySeconds() - cpuAll.jvmSeconds() - wrkCpu);
        System.out.printf(Locale.ROOT,
                "counts: %d acknowledged (204), %d issue events stored, %d worked off, %d internal requests, %d entity "
                        + "properties in Jira, %d property writes queued / %d worked, %d deliveries retried, %d failed, %d still pending%n",
                webhooks.acknowledged(), run.eventsStored(), run.eventsDone(), run.internalRequests(),
                run.propertiesInJira(), run.propertyWrites(), run.propertyWritesDone(), run.retried(), run.failed(),
                run.pending());
        System.out.printf(Locale.ROOT,
                "lost or doubled: acknowledged - stored = %d, stored - internal requests = %d, internal requests - "
                        + "properties in Jira = %d%n",
                webhooks.acknowledged() - run.eventsStored(), run.eventsStored() - run.internalRequests(),
                run.internalRequests() - run.propertiesInJira());
        if (run.eventsStored() != run.internalRequests()) {
            System.out.println("stored issue events without an internal request: " + unmatched(jdbc));
        }
        System.out.println(satisfactionLine(jdbc, sites));
        boolean met = webhooks.acknowledged() == options.webhooks() && webhooks.p99() <= 500 && drainSeconds <= 300
                && webhooks.achievedRate() >= options.rate() * 0.97 && webhooks.acknowledged() == run.eventsStored()
                && run.eventsStored() == run.internalRequests();
        System.out
            .println("target (all acknowledged, p99 <= 500 ms, rate held, drained within 5 min, none lost or doubled): "
                    + (met ? "MET" : "NOT MET"));
    }

    /**
     * Up to five issue events of the run whose issue is not an internal request, and what
     * the app made of them.
     */
    private static List<Map<String, Object>> unmatched(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select d.delivery_key, d.state, d.attempts, d.last_error, r.provider_id, r.customer_id, r.customer_looked_up, "
                        + "r.reporter_account_id, r.resolved_at, r.status_category from intake_delivery d left join internal_request r "
                        + "on r.tenant_id = d.tenant_id and 'webhook:res-' || r.issue_id = d.delivery_key where d.delivery_key like 'webhook:res-%' "
                        + "and (r.id is null or r.provider_id is null or r.customer_id is null or r.resolved_at is null) limit 5");
    }

    /**
     * Satisfaction checks opened by this run's resolutions: one per resolved internal
     * request, none doubled, each asked, and its question emailed through the (fake)
     * Jira's notify API once.
     */
    static String satisfactionLine(JdbcTemplate jdbc, List<Site> sites) {
        Map<String, Long> perSite = new LinkedHashMap<>();
        jdbc.query("select tenant_id, count(*) from satisfaction_check group by tenant_id", rs -> {
            perSite.put(rs.getString(1), rs.getLong(2));
        });
        long checks = perSite.values().stream().mapToLong(Long::longValue).sum();
        Integer resolved = jdbc.queryForObject(
                "select count(*) from internal_request where resolved_at is not null and provider_id is not null",
                Integer.class);
        Integer doubled = jdbc
            .queryForObject("select count(*) from (select tenant_id, issue_id from satisfaction_check "
                    + "group by tenant_id, issue_id having count(*) > 1) d", Integer.class);
        Integer awaiting = jdbc.queryForObject("select count(*) from satisfaction_check where status = 'OPEN'",
                Integer.class);
        long emailed = sites.stream()
            .mapToLong(s -> s.site()
                .jiraSite()
                .notifications()
                .stream()
                .map(FakeJira.Notification::issueId)
                .distinct()
                .count())
            .sum();
        long emails = sites.stream().mapToLong(s -> s.site().jiraSite().notifications().size()).sum();
        String counts = sites.stream()
            .map(s -> String.valueOf(perSite.getOrDefault(s.tenantId(), 0L)))
            .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT,
                "satisfaction checks: %d in all (per site: %s), %d resolved internal requests, %d issues with more than one "
                        + "check, %d awaiting an answer, %d issues emailed with %d emails: resolved - checks = %d (lost or doubled)",
                checks, counts, resolved, doubled, awaiting, emailed, emails, resolved - checks);
    }

    private static Site site(HostSimulator host, JdbcTemplate jdbc, Options options) {
        TestSites site = TestSites.installed(host);
        site.jiraSite().administrators(ADMIN).latency(Duration.ofMillis(options.jiraLatencyMs()));
        for (int r = 0; r < options.reporters(); r++) {
            site.jiraSite().groups("557058:bench-reporter-" + r, "sales-team", "everyone");
        }
        String finance = department(site, "Finance", List.of(Map.of("projectKey", "FIN")), "finance-team",
                FINANCE_LEAD);
        String sales = department(site, "Sales", List.of(), "sales-team", SALES_LEAD);
        HostSimulator.Response relationship = site.as(ADMIN, "POST", "/api/relationships",
                Map.of("providerId", finance, "customerId", sales, "providerOwnerAccountId", FINANCE_LEAD,
                        "customerOwnerAccountId", SALES_LEAD, "agreement",
                        Map.of("deliverables", List.of("Monthly pipeline report"), "expectations",
                                "Figures reconciled with the ledger", "serviceTarget",
                                Map.of("firstResponseHours", 8, "resolutionHours", 72))));
        check(relationship.status() == 201, "relationship: " + relationship.body());
        String id = (String) relationship.json().get("id");
        check(site.as(FINANCE_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null).status() < 300,
                "confirmation");
        check(site.as(SALES_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null).status() < 300,
                "confirmation");
        String token = "JWT "
                + host.jwt(site.jira()).qsh(Qsh.of("POST", PATH)).subject(null).expiresIn(Duration.ofHours(3)).sign();
        String tenantId = jdbc.queryForObject("select tenant_id from installation where client_key = ?", String.class,
                site.jira().clientKey());
        return new Site(site, token, tenantId);
    }

    private static String department(TestSites site, String name, List<Map<String, String>> projects, String group,
            String lead) {
        HostSimulator.Response created = site.as(ADMIN, "POST", "/api/departments",
                Map.of("name", name, "projects", projects, "groups", List.of(group), "leadAccountId", lead));
        check(created.status() == 201, "department: " + created.body());
        return (String) created.json().get("id");
    }

    static String reporter(long k, Options options) {
        return "557058:bench-reporter-" + (k / options.sites()) % options.reporters();
    }

    private static JiraIssueJson issue(long id, String reporter) {
        Instant resolved = Instant.now().minusSeconds(30);
        return new JiraIssueJson(String.valueOf(id), "FIN-" + id, "FIN").reporter(reporter)
            .assignee("557058:bench-assignee")
            .created(resolved.minus(Duration.ofDays(2)))
            .updated(resolved)
            .resolved(resolved);
    }

    /**
     * The body of a resolution as Jira sends it, with {@code ISSUEID} and
     * {@code REPORTER} for wrk's script to fill in: {@code jira:issue_updated},
     * {@code issue_resolved}, the issue in status category done with its resolution date,
     * and the changelog of the transition.
     */
    static String template() {
        try {
            Instant resolved = Instant.now().minusSeconds(30);
            JiraIssueJson issue = new JiraIssueJson("ISSUEID", "FIN-ISSUEID", "FIN").reporter("REPORTER")
                .assignee("557058:bench-assignee")
                .created(resolved.minus(Duration.ofDays(2)))
                .updated(resolved)
                .resolved(resolved);
            Map<String, Object> body = issue.webhook("jira:issue_updated", resolved.toEpochMilli());
            body.put("issue_event_type_name", "issue_resolved");
            body.put("user",
                    Map.of("accountId", "557058:bench-assignee", "displayName", "Bench Assignee", "active", true));
            body.put("changelog",
                    Map.of("id", "ISSUEID0", "items",
                            List.of(Map.of("field", "resolution", "fieldtype", "jira", "fieldId", "resolution", "from",
                                    "", "fromString", "", "to", "10000", "toString", "Done"),
                                    Map.of("field", "status", "fieldtype", "jira", "fieldId", "status", "from", "3",
                                            "fromString", "In Progress", "to", "10001", "toString", "Done"))));
            return new ObjectMapper().writeValueAsString(body);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the database holds of the measured range; differences of two are what a run
     * did.
     */
    private record Counts(long eventsStored, long eventsDone, long internalRequests, long propertiesInJira,
            long propertyWrites, long propertyWritesDone, long worked, long retried, long failed, long pending) {

        /**
         * Counted from what was stored: the issues of the run are those of its stored
         * webhook deliveries.
         */
        static Counts of(JdbcTemplate jdbc, List<Site> sites) {
            Map<String, FakeJira.Site> jiraOf = sites.stream()
                .collect(Collectors.toMap(Site::tenantId, s -> s.site().jiraSite()));
            long properties = 0;
            for (Map<String, Object> row : jdbc.queryForList(
                    "select tenant_id, delivery_key from intake_delivery where delivery_key like 'webhook:res-%'")) {
                String issueId = ((String) row.get("delivery_key")).substring("webhook:res-".length());
                FakeJira.Site jira = jiraOf.get((String) row.get("tenant_id"));
                if (jira != null && jira.property(issueId, "icr-request") != null) {
                    properties++;
                }
            }
            return new Counts(
                    count(jdbc, "select count(*) from intake_delivery where delivery_key like 'webhook:res-%'"),
                    count(jdbc,
                            "select count(*) from intake_delivery where delivery_key like 'webhook:res-%' and state = 'DONE'"),
                    count(jdbc,
                            "select count(*) from internal_request r where provider_id is not null and customer_id is not null "
                                    + "and resolved_at is not null and exists (select 1 from intake_delivery d where d.tenant_id = r.tenant_id "
                                    + "and d.delivery_key = 'webhook:res-' || r.issue_id)"),
                    properties, count(jdbc, "select count(*) from intake_delivery where topic = 'issue-property'"),
                    count(jdbc,
                            "select count(*) from intake_delivery where topic = 'issue-property' and state = 'DONE'"),
                    count(jdbc, "select count(*) from intake_delivery where state = 'DONE'"),
                    count(jdbc, "select count(*) from intake_delivery where attempts > 0"),
                    count(jdbc, "select count(*) from intake_delivery where state = 'FAILED'"),
                    count(jdbc, "select count(*) from intake_delivery where state = 'PENDING'"));
        }

        Counts minus(Counts b) {
            return new Counts(eventsStored - b.eventsStored, eventsDone - b.eventsDone,
                    internalRequests - b.internalRequests, propertiesInJira - b.propertiesInJira,
                    propertyWrites - b.propertyWrites, propertyWritesDone - b.propertyWritesDone, worked - b.worked,
                    retried - b.retried, failed - b.failed, pending);
        }
    }

    /**
     * CPU time so far: the machine's busy time ({@code /proc/stat}), this JVM's. The
     * machine is shared (other builds may run on it); the split says how much of a run's
     * latency is this app's own.
     */
    private record Cpu(long wallNanos, double busySeconds, double jvmSeconds) {

        static final int CORES = Runtime.getRuntime().availableProcessors();

        static Cpu now() {
            double busy = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long ticks = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        ticks += Long.parseLong(f[i]);
                    }
                }
                busy = ticks / 100.0; // USER_HZ
            }
            catch (Exception e) {
                busy = Double.NaN;
            }
            double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            return new Cpu(System.nanoTime(), busy, jvm);
        }

        Cpu minus(Cpu before) {
            return new Cpu(wallNanos - before.wallNanos, busySeconds - before.busySeconds,
                    jvmSeconds - before.jvmSeconds);
        }

        double wallSeconds() {
            return wallNanos / 1e9;
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static long due(JdbcTemplate jdbc) {
        return count(jdbc, "select count(*) from intake_delivery where state = 'PENDING' and next_attempt_at <= ?",
                Timestamp.from(Instant.now()));
    }

    /**
     * Whether any delivery is due: one index probe, cheap enough to ask every 100 ms
     * while the app is measured.
     */
    private static boolean anyDue(JdbcTemplate jdbc) {
        return !jdbc
            .queryForList("select id from intake_delivery where state = 'PENDING' and next_attempt_at <= ? limit 1",
                    String.class, Timestamp.from(Instant.now()))
            .isEmpty();
    }

    private static String sample(JdbcTemplate jdbc, long start) {
        return String.format(Locale.ROOT, "%.0f s: %d due, %d done", (System.nanoTime() - start) / 1e9, due(jdbc),
                count(jdbc, "select count(*) from intake_delivery where state = 'DONE'"));
    }

    private static long drain(JdbcTemplate jdbc, Duration limit) throws InterruptedException {
        return drain(jdbc, limit, System.nanoTime(), new ArrayList<>());
    }

    /**
     * Waits until no delivery is due (a scheduled one, due later, does not count);
     * samples the backlog every 10 s.
     */
    private static long drain(JdbcTemplate jdbc, Duration limit, long start, List<String> samples)
            throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        long nextSample = start + 10_000_000_000L * (samples.size() + 1);
        while (System.nanoTime() < until) {
            if (!anyDue(jdbc)) {
                return System.nanoTime();
            }
            if (System.nanoTime() >= nextSample) {
                samples.add(sample(jdbc, start));
                nextSample += 10_000_000_000L;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("backlog not drained within " + limit);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark set-up failed: " + what);
        }
    }

    /**
     * wrk, driven by a Lua script: webhooks paced at a fixed rate, or a closed loop of
     * GETs.
     */
    static final class Wrk {

        record Result(long requests, long acknowledged, long errors, double achievedRate, double p50, double p95,
                double p99, double max, long late, double maxLateMs, double cpuSeconds, String raw) {

            String line() {
                return String.format(Locale.ROOT,
                        "%d requests, %d answered 2xx, %d errors, %.1f/s, latency p50 %.1f / p95 %.1f / p99 %.1f / "
                                + "max %.1f ms%s",
                        requests, acknowledged, errors, achievedRate, p50, p95, p99, max,
                        late < 0 ? "" : String.format(Locale.ROOT,
                                "; %d sends more than 10 ms behind schedule (max %.1f ms)", late, maxLateMs));
            }
        }

        /** {@code 0m1.250s 0m0.310s} (user, system) in seconds. */
        private static double seconds(String times) {
            double total = 0;
            for (String part : times.split(" ")) {
                String[] ms = part.replace("s", "").split("m");
                total += Integer.parseInt(ms[0]) * 60 + Double.parseDouble(ms[1]);
            }
            return total;
        }

        /**
         * Shared Lua: a monotonic clock (LuaJIT's FFI), and the summary line every script
         * prints.
         */
        private static final String COMMON = """
                local ffi = require("ffi")
                ffi.cdef[[
                typedef struct { long tv_sec; long tv_nsec; } icr_timespec;
                int clock_gettime(int clk_id, icr_timespec *tp);
                ]]
                local ts = ffi.new("icr_timespec")
                function now_ms()
                  ffi.C.clock_gettime(1, ts)
                  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
                end
                local threads = {}
                setup = function(thread) table.insert(threads, thread) end
                done = function(summary, latency, requests)
                  local t = threads[1]
                  local first = t:get("first_send") or 0
                  local last = t:get("last_send") or 0
                  local sent = t:get("sent") or 0
                  local rate = summary.requests / (summary.duration / 1e6)
                  if sent > 1 and last > first then rate = (sent - 1) / ((last - first) / 1000) end
                  io.write(string.format("RESULT %d %d %d %.2f %.2f %.2f %.2f %.2f %d %.2f\\n",
                    summary.requests, summary.requests - summary.errors.status,
                    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
                    rate, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
                    t:get("late") or -1, t:get("max_late") or 0))
                end
                """;

        /**
         * {@code total} webhooks over {@code seconds}: send k leaves at
         * {@code start + k * interval} on whichever connection is free, the sites taken
         * in turn, the reporters in turn per site.
         */
        static Result webhooks(String base, List<String> tokens, String template, String keyPrefix, long firstIssue,
                int total, int seconds, int reporters, int connections) {
            String lua = COMMON + """
                    local template = [==[%s]==]
                    local tokens = { %s }
                    local total = %d
                    local interval = %f
                    local reporters = %d
                    local first_issue = %d
                    local prefix = "%s"
                    local start = nil
                    local claimed = 0
                    sent = 0
                    late = 0
                    max_late = 0
                    first_send = nil
                    last_send = nil
                    delay = function()
                      local now = now_ms()
                      if start == nil then start = now + 20 end
                      if claimed >= total then return 3600000 end
                      local due = start + claimed * interval
                      claimed = claimed + 1
                      if due < now then
                        local behind = now - due
                        if behind > 10 then late = late + 1 end
                        if behind > max_late then max_late = behind end
                        return 0
                      end
                      return math.floor(due - now)
                    end
                    -- once every webhook is answered, stop wrk rather than wait for its -d (a deadline only): SIGINT to
                    -- itself is what makes wrk print its summary early
                    ffi.cdef[[ int getpid(void); int kill(int pid, int sig); ]]
                    local answered = 0
                    response = function(status, headers, body)
                      answered = answered + 1
                      if answered == total then ffi.C.kill(ffi.C.getpid(), 2) end
                    end
                    request = function()
                      local k = sent
                      sent = sent + 1
                      local now = now_ms()
                      if first_send == nil then first_send = now end
                      last_send = now
                      local site = k %% #tokens
                      local reporter = "557058:bench-reporter-" .. (math.floor(k / #tokens) %% reporters)
                      local id = tostring(first_issue + k)
                      local body = string.gsub(string.gsub(template, "ISSUEID", id), "REPORTER", reporter)
                      return wrk.format("POST", nil, {
                        ["Authorization"] = tokens[site + 1],
                        ["Content-Type"] = "application/json",
                        ["X-Atlassian-Webhook-Identifier"] = prefix .. id,
                        ["X-Atlassian-Webhook-Flow"] = "Primary"
                      }, body)
                    end
                    """.formatted(template, tokens.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")),
                    total, seconds * 1000.0 / total, reporters, firstIssue, keyPrefix);
            // the schedule and then some: the script stops wrk when the last webhook is
            // answered
            return run(lua, base + PATH, 1, connections, seconds * 3 + 60);
        }

        /** GETs as fast as {@code connections} go (a closed loop). */
        static Result get(String url, String authorization, int seconds, int connections) {
            String lua = COMMON + """
                    wrk.method = "GET"
                    wrk.headers["Authorization"] = "%s"
                    """.formatted(authorization);
            return run(lua, url, 1, connections, seconds);
        }

        private static Result run(String lua, String url, int threads, int connections, int seconds) {
            try {
                Path script = Files.createTempFile("wrk-", ".lua");
                Files.writeString(script, lua);
                // through a shell whose `times` reports the CPU wrk used, to tell the
                // load generator's share of the two cores
                String command = String.join(" ", "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                        "--timeout", "10s", "-s", script.toString(), url) + "; times";
                Process process = new ProcessBuilder("bash", "-c", command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                Files.deleteIfExists(script);
                String line = out.lines()
                    .filter(l -> l.startsWith("RESULT "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("wrk gave no result: " + out));
                String[] f = line.substring("RESULT ".length()).trim().split(" ");
                List<String> times = out.lines().filter(l -> l.matches("\\d+m[\\d.]+s \\d+m[\\d.]+s")).toList();
                double cpu = times.size() < 2 ? -1 : seconds(times.get(1));
                return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8]),
                        Double.parseDouble(f[9]), cpu, line);
            }
            catch (Exception e) {
                throw new IllegalStateException("wrk failed", e);
            }
        }

    }

}
