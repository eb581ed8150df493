package com.icr.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.FakeConfluence;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The executive digest end to end, against the stand-ins of Jira and Confluence
 * ({@link FakeConfluence}): activity in the week, the Monday run, the page in the space
 * the administrator picked, in the sponsor's language, watched by the owners and the
 * sponsor; a second run updates the same page; a rate limit is retried; a deleted space
 * is a failure on the admin API; two nodes write a period once.
 */
@AppTest
class DigestStoryTest {

    static final String PROVIDER_OWNER = "557058:owner-olga";

    static final String CUSTOMER_OWNER = "557058:owner-carl";

    static final String SPONSOR = "557058:sponsor-sabine";

    static final String RATER = "557058:rater-rita";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DigestManagement digests;

    @Autowired
    DigestJob job;

    TestSites site;

    FakeConfluence.Site confluence;

    TenantId tenant;

    String relationship;

    String marketing;

    String sales;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        site.jiraSite()
            .user(PROVIDER_OWNER, "Olga Owner", "en_GB")
            .user(CUSTOMER_OWNER, "Carl Customer", null)
            .user(SPONSOR, "Sabine Sponsor", "de_DE")
            .user(RATER, "Rita Rater", "en_US");
        confluence = FakeConfluence.get().siteOf(site.jiraSite()).secret(site.confluence().sharedSecret());
        confluence.space("EXEC", "Executive updates").space("TEAM", "Team space");
        marketing = site.asAdmin("POST", "/api/departments", Map.of("name", "Marketing")).json().get("id").toString();
        sales = site.asAdmin("POST", "/api/departments", Map.of("name", "Sales")).json().get("id").toString();
        Map<String, Object> request = new HashMap<>();
        request.put("providerId", marketing);
        request.put("customerId", sales);
        request.put("expectations", "Leads");
        request.put("providerOwnerAccountId", PROVIDER_OWNER);
        request.put("customerOwnerAccountId", CUSTOMER_OWNER);
        request.put("executiveSponsorAccountId", SPONSOR);
        Response created = site.asAdmin("POST", "/api/relationships", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        relationship = created.json().get("id").toString();
        tenant = new TenantId(jdbc.queryForObject("select tenant_id from installation where client_key = ?",
                String.class, site.jira().clientKey()));
    }

    @Test
    void theMondayRunWritesTheSponsorsPageInGermanWatchedByOwnersAndSponsorAndUpdatesItNextTime() {
        pickSpace("EXEC");
        LocalDate monday = DigestSchedule.lastRun(Instant.now());
        Instant inTheWeek = DigestSchedule.startOf(monday).minus(Duration.ofDays(2));
        declined("FIN-7", "NO_CAPACITY", "<script>alert('no')</script> next quarter", inTheWeek);
        lowRating("FIN-9", 1, "Took <b>three</b> weeks & nobody called", inTheWeek);
        declined("FIN-1", "OUT_OF_SCOPE", "an old no", inTheWeek.minus(Duration.ofDays(20)));
        Response raised = site.asAdmin("POST", "/api/review-items", Map.of("relationshipId", relationship, "side",
                "customer", "kind", "frustration", "text", "Requests vanish between teams"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        jdbc.update("update review_item set created_at = ? where tenant_id = ?", Timestamp.from(inTheWeek),
                tenant.value());

        assertThat(digests.schedule(monday)).contains(tenant);
        Eventually.await("the run done", this::runs,
                runs -> !runs.isEmpty() && "done".equals(runs.get(0).get("state")));

        FakeConfluence.Page page = confluence.page("EXEC", "Marketing \u2192 Sales: Digest");
        assertThat(page).as("the German title, in the picked space: " + confluence.pages()).isNotNull();
        assertThat(page.version()).isEqualTo(1);
        assertThat(confluence.page("EXEC", "Internal customer digest").id()).isEqualTo(page.parentId());
        assertThat(page.body()).contains("Neue Absagen (1)", "FIN-7", "In diesem Zeitraum keine Kapazit\u00e4t",
                "Schlechte Bewertungen (1)", "FIN-9", "1 von 5 von Rita Rater",
                "Neue Frustrationen und Vorschl\u00e4ge (1)", "Requests vanish between teams",
                "Verfehlte Servicezusagen (0)", "Ausgesprochener Dank (0)", "Executive Sponsor: Sabine Sponsor");
        assertThat(page.body()).doesNotContain("FIN-1", "<script>", "<b>")
            .contains("&lt;script&gt;alert(&#39;no&#39;)&lt;/script&gt;", "Took &lt;b&gt;three&lt;/b&gt; weeks &amp;");
        assertThat(confluence.watchers(page.id())).containsExactlyInAnyOrder(PROVIDER_OWNER, CUSTOMER_OWNER, SPONSOR);

        // the next week's run updates the same page: a new version, so watchers are told
        LocalDate next = monday.plusWeeks(1);
        digests.schedule(next);
        jdbc.update("update intake_delivery set next_attempt_at = ? where tenant_id = ? and state = 'PENDING'",
                Timestamp.from(Instant.now()), tenant.value());
        Eventually.await("the second run done", this::runs,
                runs -> runs.size() == 2 && "done".equals(runs.get(0).get("state")));
        assertThat(confluence.page("EXEC", page.title()).version()).isEqualTo(2);
        assertThat(confluence.pages().stream().filter(p -> p.title().equals(page.title()))).hasSize(1);
        Map<String, Object> view = site.asAdmin("GET", "/api/digest", null).json();
        assertThat(view.get("spaceKey")).isEqualTo("EXEC");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> relationships = (List<Map<String, Object>>) view.get("relationships");
        assertThat(relationships).singleElement()
            .satisfies(r -> assertThat(r).containsEntry("pageId", page.id()).containsEntry("pageVersion", 2));
    }

    @Test
    void aRateLimitIsRetriedAndADeletedSpaceIsAFailureOnTheAdminApi() {
        pickSpace("EXEC");
        confluence.throttleNext(2);
        assertThat(site.asAdmin("POST", "/api/digest/publish", null).status()).isEqualTo(202);
        Eventually.await("the run done after the rate limit", this::runs,
                runs -> !runs.isEmpty() && "done".equals(runs.get(0).get("state")));
        assertThat(runs().get(0)).containsEntry("pages", 1).containsEntry("kind", "now");
        assertThat((Integer) runs().get(0).get("attempts")).isGreaterThan(1);
        assertThat(confluence.calls()).anyMatch(c -> c.startsWith("GET /rest/api/space/EXEC"));

        confluence.deleteSpace("EXEC");
        assertThat(site.asAdmin("POST", "/api/digest/publish", null).status()).isEqualTo(202);
        Eventually.await("the run failed", this::runs,
                runs -> runs.size() == 2 && "failed".equals(runs.get(0).get("state")));
        assertThat(runs().get(0)).containsEntry("failure", "space-missing").containsEntry("failureStatus", 404);
    }

    @Test
    void twoNodesSchedulingTheSameMondayWriteEachPageOnce() {
        pickSpace("EXEC");
        LocalDate monday = DigestSchedule.lastRun(Instant.now());
        assertThat(digests.schedule(monday)).contains(tenant);
        assertThat(digests.schedule(monday)).as("the second node's scheduler").doesNotContain(tenant);
        Eventually.await("the run done", this::runs,
                runs -> !runs.isEmpty() && "done".equals(runs.get(0).get("state")));
        // a node that died after writing hands the same delivery over: written once
        job.handle(tenant, DigestSchedule.runKey(monday) + "|" + monday);
        assertThat(confluence.pageWrites()).as("the parent page and the relationship's page").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from intake_delivery where tenant_id = ? and topic = 'digest'",
                Integer.class, tenant.value()))
            .isEqualTo(1);
    }

    @Test
    void settingsNameTheBadFieldAndAnotherSitesTokenReachesNothing() {
        Response unknown = site.asAdmin("PUT", "/api/digest/settings", Map.of("spaceKey", "NOPE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("spaceKey");
        Response frequency = site.asAdmin("PUT", "/api/digest/relationships/" + relationship,
                Map.of("frequency", "daily"));
        assertThat(frequency.status()).isEqualTo(400);
        assertThat(frequency.body()).contains("frequency");
        assertThat(site.as(RATER, "GET", "/api/digest", null).status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/digest/spaces", null).jsonList()).hasSize(2);
        pickSpace("TEAM");
        assertThat(site.asAdmin("PUT", "/api/digest/relationships/" + relationship, Map.of("frequency", "monthly"))
            .status()).isEqualTo(200);

        TestSites other = TestSites.installed(new HostSimulator("http://localhost:" + port));
        // a site whose Confluence has no space for the app (none answers there): no
        // space, no error
        Response none = other.asAdmin("GET", "/api/digest/spaces", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.jsonList()).isEmpty();
        Map<String, Object> theirs = other.asAdmin("GET", "/api/digest", null).json();
        assertThat(theirs.get("spaceKey")).isNull();
        assertThat(theirs.get("relationships")).asList().isEmpty();
        assertThat(other.asAdmin("PUT", "/api/digest/relationships/" + relationship, Map.of("frequency", "weekly"))
            .status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select frequency from digest_frequency where relationship_id = ?", String.class,
                relationship))
            .isEqualTo("MONTHLY");
    }

    private void pickSpace(String key) {
        Response saved = site.asAdmin("PUT", "/api/digest/settings", Map.of("spaceKey", key));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("spaceKey", key).containsEntry("enabled", true);
        // picked before the Monday being run
        jdbc.update("update digest_setting set enabled_at = ? where tenant_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(30))), tenant.value());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> runs() {
        return (List<Map<String, Object>>) site.asAdmin("GET", "/api/digest", null).json().get("runs");
    }

    private void declined(String key, String reason, String note, Instant at) {
        jdbc.update("insert into internal_request (id, tenant_id, issue_id, issue_key, provider_id, customer_id, "
                + "decision, decision_reason, decided_at, decision_note, created_at, updated_at, issue_created_at) "
                + "values (?, ?, ?, ?, ?, ?, 'DECLINED', ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                tenant.value(), key.replace("FIN-", "100"), key, marketing, sales, reason, Timestamp.from(at), note,
                Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
    }

    private void lowRating(String key, int rating, String comment, Instant at) {
        String check = UUID.randomUUID().toString();
        jdbc.update(
                "insert into satisfaction_check (id, tenant_id, issue_id, issue_key, resolved_at, provider_id, "
                        + "customer_id, status, asked_mode, expiry_days, ask_at, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 'ANSWERED', 'REPORTER', 14, ?, ?, ?)",
                check, tenant.value(), key.replace("FIN-", "200"), key, Timestamp.from(at), marketing, sales,
                Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
        jdbc.update(
                "insert into satisfaction_answer (id, tenant_id, check_id, account_id, rating, met, comment, "
                        + "answered_at, changed_at) values (?, ?, ?, ?, ?, 'NO', ?, ?, ?)",
                UUID.randomUUID().toString(), tenant.value(), check, RATER, rating, comment, Timestamp.from(at),
                Timestamp.from(at));
    }

}
