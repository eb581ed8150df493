package com.icr.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.ForgePlatform;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import com.nimbusds.jose.JWSAlgorithm;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Forge door end to end, against the Forge platform's stand-in (tokens, keys) and a
 * stand-in of each site's Jira API that accepts only the system tokens it issued: pages
 * reach the same API as through Connect, triggers install, uninstall and feed the intake,
 * and no token of one installation reaches another site.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ForgeDoorTest {

    static final String FINANCE_LEAD = "557058:fay-finance";

    static final String SALES_LEAD = "557058:sid-sales";

    static final String REPORTER = "557058:rita-reporter";

    private static final AtomicLong ISSUE_IDS = new AtomicLong(70_000 + (System.nanoTime() % 1000) * 1000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HostSimulator host;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
    }

    @Test
    void aSiteInstalledThroughForgeKeepsItsDepartmentsAndRelationshipsAsThroughConnect() {
        ForgeSite site = ForgeSite.installed(host);
        String finance = department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        String sales = department(site, "Sales", null, "sales-team", SALES_LEAD);
        Response relationship = site.asAdmin("POST", "/api/relationships", relationshipBody(finance, sales));
        assertThat(relationship.status()).as(relationship.body()).isEqualTo(201);
        // an administrator was asked of the site's Jira, with the system token the
        // install
        // trigger brought
        assertThat(site.jira().permissionChecksBy(TestSites.ADMIN)).isPositive();

        Response departments = site.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null);
        assertThat(names(departments)).containsExactlyInAnyOrder("Finance", "Sales");
        // not an administrator: Jira says so, and the write changes nothing
        Response refused = site.page(SALES_LEAD, "POST", "/api/departments",
                Map.of("name", "Legal", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null).jsonList()).hasSize(2);
    }

    @Test
    void theConnectAppAndTheForgeAppOfOneSiteShareItsDataAndAReinstallFindsIt() {
        String cloudId = UUID.randomUUID().toString();
        FakeJira.Site jira = FakeJira.get().newSite().administrators(TestSites.ADMIN);
        HostSimulator.Installation connect = HostSimulator.jira(jira.baseUrl()).withCloudId(cloudId);
        jira.secret(connect.sharedSecret());
        assertThat(host.install(connect).status()).isEqualTo(204);
        TestSites connectSite = new TestSites(host, jira, connect, null);
        assertThat(connectSite
            .asAdmin("POST", "/api/departments", Map.of("name", "Finance", "projects",
                    List.of(Map.of("projectKey", "FIN")), "groups", List.of(), "leadAccountId", FINANCE_LEAD))
            .status()).isEqualTo(201);

        ForgeSite forge = ForgeSite.besides(connectSite, cloudId);
        assertThat(names(forge.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null)))
            .containsExactly("Finance");
        forge.asAdmin("POST", "/api/departments",
                Map.of("name", "Sales", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(names(connectSite.as(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null)))
            .containsExactlyInAnyOrder("Finance", "Sales");

        // a reinstall is a new installation id of the same cloud: same site, same data
        forge.reinstalled();
        assertThat(names(forge.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null)))
            .containsExactlyInAnyOrder("Finance", "Sales");
    }

    @Test
    void anUninstalledInstallationReachesNothingAndItsSiteEntersRetention() {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        assertThat(site.trigger("/forge/lifecycle/uninstalling", Map.of("eventType", "avi:forge:uninstalled:app"))
            .status()).isEqualTo(204);
        Response after = site.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json()).containsEntry("message", "The app is not installed on this site.");
        // the data waits out the retention: a reinstall finds it
        site.reinstalled();
        assertThat(names(site.page(SALES_LEAD, "GET", "/api/departments?includeArchived=false", null)))
            .containsExactly("Finance");
    }

    @Test
    void issueEventsFromTriggersBecomeRequestsOnceWhateverTheirOrderAndRetries() {
        ForgeSite site = ForgeSite.installed(host);
        site.jira().groups(REPORTER, "sales-team");
        String finance = department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        String sales = department(site, "Sales", null, "sales-team", SALES_LEAD);
        assertThat(site.asAdmin("POST", "/api/relationships", relationshipBody(finance, sales)).status())
            .isEqualTo(201);

        // Forge's own event carries part of the issue: the app reads the rest from Jira
        JiraIssueJson issue = newIssue(site);
        Map<String, Object> created = issue.forgeEvent("avi:jira:created:issue");
        assertThat(site.trigger("/forge/events/jira-issue", created).status()).isEqualTo(204);
        Map<String, Object> retried = new LinkedHashMap<>(created);
        retried.put("retryContext", Map.of("retryCount", 1, "retryReason", "TIMEOUT"));
        assertThat(site.trigger("/forge/events/jira-issue", Map.of("payload", retried)).status()).isEqualTo(204);
        Map<String, Object> request = settled(site, issue.id, "internal");
        assertThat(((Map<?, ?>) request.get("provider")).get("id")).isEqualTo(finance);
        assertThat(((Map<?, ?>) request.get("customer")).get("id")).isEqualTo(sales);
        assertThat(jdbc.queryForObject(
                "select count(*) from intake_delivery where topic = 'issue-refresh' and payload = ?", Integer.class,
                issue.id))
            .as("the retry is the same delivery")
            .isEqualTo(1);

        // complete events applied as they are, newest wins whatever the order they come
        // in
        Instant now = Instant.now();
        JiraIssueJson resolved = new JiraIssueJson(issue.id, issue.key, "FIN").reporter(REPORTER)
            .created(now.minusSeconds(3600))
            .updated(now.minusSeconds(10))
            .status("done")
            .resolved(now.minusSeconds(10));
        JiraIssueJson older = new JiraIssueJson(issue.id, issue.key, "FIN").reporter(REPORTER)
            .created(now.minusSeconds(3600))
            .updated(now.minusSeconds(60))
            .status("indeterminate");
        site.trigger("/forge/events/jira-issue", complete(resolved));
        Eventually.await("the resolution to count", () -> resolutionOf(site, issue.id), done -> done != null);
        site.trigger("/forge/events/jira-issue", complete(older));
        JiraIssueJson barrier = newIssue(site);
        site.trigger("/forge/events/jira-issue", complete(barrier));
        settled(site, barrier.id, "internal");
        assertThat(resolutionOf(site, issue.id)).as("an older event changes nothing").isNotNull();

        // a deletion, delivered twice
        Map<String, Object> deleted = Map.of("eventType", "avi:jira:deleted:issue", "issue",
                Map.of("id", issue.id, "key", issue.key));
        site.trigger("/forge/events/jira-issue", deleted);
        site.trigger("/forge/events/jira-issue", deleted);
        Eventually.await("the request to go with its issue",
                () -> site.onIssue(REPORTER, issue.id, "GET", "/api/requests/" + issue.id, null),
                r -> r.status() == 404 || "deleted".equals(r.json().get("state")));
    }

    @Test
    void theConfluenceMacrosExportIsTheSitesMatrixAsAdf() {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        department(site, "Sales", null, "sales-team", SALES_LEAD);
        // the macro's adfExport function calls the remote through Forge: no user, the
        // Confluence installation of the same site
        String token = ForgePlatform.get().token(site.confluence()).sign();
        Response export = site.send("POST", "/forge/macro/export", token,
                Map.of("exportType", "pdf", "config", Map.of("mode", "matrix", "metric", "agreement")));
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains("\"type\":\"doc\"", "\"type\":\"table\"", "Finance", "Sales");
        Response review = site.send("POST", "/forge/macro/export", token,
                Map.of("exportType", "word", "config", Map.of("mode", "pie")));
        assertThat(review.status()).isEqualTo(400);
        assertThat(review.json()).containsEntry("field", "config.mode");
    }

    @Test
    void aPagesCallFromAnAtlassianOriginPassesTheBrowsersCorsCheckAndAnotherOriginsDoesNot() {
        ForgeSite site = ForgeSite.installed(host);
        String path = "/api/departments?includeArchived=false";
        Response preflight = host.send("OPTIONS", path, null, null, "application/json",
                Map.of("Origin", "https://acme.atlassian.net", "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
            .hasValue("https://acme.atlassian.net");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        Response elsewhere = host.send("OPTIONS", path, null, null, "application/json",
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "authorization"));
        assertThat(elsewhere.status()).isEqualTo(403);
        String token = ForgePlatform.get().token(site.installation()).fromPage(SALES_LEAD, "icr-pages", null).sign();
        Response call = host.send("GET", path, "Bearer " + token, null, "application/json",
                Map.of("Origin", "https://acme.atlassian.net"));
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://acme.atlassian.net");
    }

    @Test
    void aResolutionDeliveredByForgeAsksTheRequesterThroughJiraAsOnConnect() {
        ForgeSite site = ForgeSite.installed(host);
        site.jira().groups(REPORTER, "sales-team");
        String finance = department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        String sales = department(site, "Sales", null, "sales-team", SALES_LEAD);
        Response relationship = site.asAdmin("POST", "/api/relationships", relationshipBody(finance, sales));
        String relationshipId = (String) relationship.json().get("id");
        site.page(FINANCE_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);
        assertThat(
                site.page(SALES_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null).json())
            .containsEntry("standing", "agreed");

        JiraIssueJson issue = newIssue(site);
        site.trigger("/forge/events/jira-issue", issue.forgeEvent("avi:jira:created:issue"));
        settled(site, issue.id, "internal");
        Instant now = Instant.now();
        site.jira()
            .issue(new JiraIssueJson(issue.id, issue.key, "FIN").reporter(REPORTER)
                .created(now.minusSeconds(3600))
                .updated(now.minusSeconds(5))
                .status("done")
                .resolved(now.minusSeconds(5)));
        site.trigger("/forge/events/jira-issue", issue.forgeEvent("avi:jira:updated:issue"));

        // the check, its email through Jira's notify API and the JQL property, all with
        // the system token
        FakeJira.Notification asked = Eventually
            .await("the requester to be asked",
                    () -> site.jira().notifications().stream().filter(n -> n.issueId().equals(issue.id)).toList(),
                    n -> !n.isEmpty())
            .get(0);
        assertThat(asked.users()).containsExactly(REPORTER);
        Map<String, Object> property = Eventually.await("the property to say awaiting",
                () -> site.jira().property(issue.id, "icr-request"),
                p -> p != null && "awaiting".equals(p.get("satisfaction")));
        assertThat(property).containsEntry("provider", "Finance");
        Response checks = site.onIssue(REPORTER, issue.id, "GET", "/api/requests/" + issue.id + "/satisfaction", null);
        assertThat(checks.status()).isEqualTo(200);
        assertThat(checks.jsonList("history")).hasSize(1);
    }

    @Test
    void aMalformedEventIs400NamingTheField() {
        ForgeSite site = ForgeSite.installed(host);
        Response noIssue = site.trigger("/forge/events/jira-issue", Map.of("eventType", "avi:jira:updated:issue"));
        assertThat(noIssue.status()).isEqualTo(400);
        assertThat(noIssue.json()).containsEntry("field", "issue");
        Response badId = site.trigger("/forge/events/jira-issue",
                Map.of("eventType", "avi:jira:updated:issue", "issue", Map.of("id", "x'; drop")));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json()).containsEntry("field", "issue.id");
    }

    @Test
    void aTokenJiraRefusesIsDroppedAndTheNextTriggersTokenIsUsed() {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        String newAdmin = "557058:nina-new-admin";
        site.jira().administrators(TestSites.ADMIN, newAdmin);
        site.jira().revoke(site.systemToken());
        // Jira answers 401 to the old token: the admin check fails closed, the token is
        // dropped
        Response refused = site.page(newAdmin, "POST", "/api/departments",
                Map.of("name", "Sales", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(refused.status()).as(refused.body()).isIn(403, 503);
        site.newSystemToken();
        assertThat(site.trigger("/forge/scheduled/hourly", Map.of("cronTrigger", Map.of("key", "icr-hourly"))).status())
            .isEqualTo(204);
        Response created = site.page(newAdmin, "POST", "/api/departments",
                Map.of("name", "Sales", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void forgedExpiredMisdirectedAndForeignTokensReachNothing(CapturedOutput output) {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        ForgeSite other = ForgeSite.installed(host);
        department(other, "Other site's department", null, "x", SALES_LEAD);
        ForgePlatform forge = ForgePlatform.get();
        ForgePlatform.Installation installation = site.installation();
        String path = "/api/departments?includeArchived=false";

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("unpublished key",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .signedWith(ForgePlatform.unpublishedKey())
                    .sign());
        refused.put("published kid, other key",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .signedWith(ForgePlatform.unpublishedKey())
                    .kid(forge.keyId())
                    .sign());
        refused.put("HS256",
                forge.token(installation).fromPage(SALES_LEAD, "admin", null).alg(JWSAlgorithm.HS256).sign());
        refused.put("RS512",
                forge.token(installation).fromPage(SALES_LEAD, "admin", null).alg(JWSAlgorithm.RS512).sign());
        refused.put("another app (aud)",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .claim("aud", "ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000")
                    .sign());
        refused.put("another app (app.id)",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .app("id", "ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000")
                    .sign());
        refused.put("another issuer",
                forge.token(installation).fromPage(SALES_LEAD, "admin", null).claim("iss", "someone-else").sign());
        refused.put("expired two minutes ago",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .expiresAt(Instant.now().minusSeconds(120))
                    .sign());
        refused.put("not before in two minutes",
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .notBefore(Instant.now().plusSeconds(120))
                    .sign());
        refused.put("no principal on the API", forge.token(installation).sign());
        refused.put("not a JWT", "not-a-token");
        String tampered = forge.token(installation).fromPage(SALES_LEAD, "admin", null).sign();
        refused.put("tampered", tampered.substring(0, tampered.length() - 4) + "AAAA");
        refused.forEach((why, token) -> {
            Response answer = site.send("GET", path, token, null);
            assertThat(answer.status()).as(why).isEqualTo(401);
            assertThat(answer.json()).as(why).containsEntry("status", 401).containsKey("message");
            assertThat(output.getAll()).as(why + ": never logged").doesNotContain(token);
        });
        // and a refused token changes nothing
        Response write = site.send("POST", "/api/departments", refused.get("expired two minutes ago"),
                Map.of("name", "Forged", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(write.status()).isEqualTo(401);

        // within the minute of leeway: accepted
        Response late = site.send("GET", path,
                forge.token(installation)
                    .fromPage(SALES_LEAD, "admin", null)
                    .expiresAt(Instant.now().minusSeconds(20))
                    .sign(),
                null);
        assertThat(late.status()).isEqualTo(200);
        assertThat(names(late)).containsExactly("Finance");
        // each installation's token reaches its own site only
        assertThat(names(other.page(SALES_LEAD, "GET", path, null))).containsExactly("Other site's department");
        // triggers need a token too
        assertThat(host.send("POST", "/forge/events/jira-issue", null, Map.of("eventType", "avi:jira:created:issue"))
            .status()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(site.systemToken());
    }

    static Object resolutionOf(ForgeSite site, String issueId) {
        Response view = site.onIssue(REPORTER, issueId, "GET", "/api/requests/" + issueId, null);
        Map<?, ?> service = (Map<?, ?>) view.json().get("service");
        return service == null ? null : ((Map<?, ?>) service.get("resolution")).get("doneAt");
    }

    static Map<String, Object> complete(JiraIssueJson issue) {
        return Map.of("eventType", "avi:jira:updated:issue", "issue", issue.json());
    }

    JiraIssueJson newIssue(ForgeSite site) {
        long id = ISSUE_IDS.incrementAndGet();
        JiraIssueJson issue = new JiraIssueJson(String.valueOf(id), "FIN-" + id, "FIN").reporter(REPORTER)
            .created(Instant.now().minusSeconds(3600))
            .updated(Instant.now().minusSeconds(3600));
        site.jira().issue(issue);
        return issue;
    }

    static Map<String, Object> settled(ForgeSite site, String issueId, String state) {
        return Eventually
            .await("issue " + issueId + " to be " + state,
                    () -> site.onIssue(REPORTER, issueId, "GET", "/api/requests/" + issueId, null),
                    r -> r.status() == 200 && state.equals(r.json().get("state")))
            .json();
    }

    static String department(ForgeSite site, String name, String project, String group, String lead) {
        Response created = site.asAdmin("POST", "/api/departments",
                Map.of("name", name, "projects", project == null ? List.of() : List.of(Map.of("projectKey", project)),
                        "groups", List.of(group), "leadAccountId", lead));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    static Map<String, Object> relationshipBody(String provider, String customer) {
        return Map.of("providerId", provider, "customerId", customer, "providerOwnerAccountId", FINANCE_LEAD,
                "customerOwnerAccountId", SALES_LEAD, "agreement",
                Map.of("deliverables", List.of("Monthly pipeline report"), "expectations", "Figures reconciled",
                        "customerGivesBack", "Deal data by the 25th", "serviceTarget",
                        Map.of("firstResponseHours", 8, "resolutionHours", 72)));
    }

    static List<Object> names(Response departments) {
        assertThat(departments.status()).as(departments.body()).isEqualTo(200);
        return departments.jsonList().stream().map(d -> (Object) ((Map<?, ?>) d).get("name")).toList();
    }

}
