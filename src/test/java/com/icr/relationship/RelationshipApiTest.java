package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Relationships and their versioned agreements through {@code /api/relationships} and
 * {@code /api/matrix}.
 */
@AppTest
class RelationshipApiTest {

    private static final String MARKETING_LEAD = "557058:mia-marketing";

    private static final String SALES_LEAD = "557058:sam-sales";

    private static final String BYSTANDER = "557058:bo-bystander";

    @LocalServerPort
    int port;

    TestSites site;

    String marketing;

    String sales;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        marketing = department("Marketing");
        sales = department("Sales");
    }

    @Test
    void anAgreementBecomesAgreedWhenBothOwnersConfirmIt() {
        String id = leadsRelationship();
        assertThat(matrixLabel()).isEqualTo("Draft v1");

        Response providerConfirmed = site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations",
                null);
        assertThat(providerConfirmed.json()).containsEntry("standing", "draft");
        assertThat(asMap(providerConfirmed.json().get("draft"))).containsEntry("providerConfirmedBy", MARKETING_LEAD);

        Response agreed = site.as(SALES_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        assertThat(agreed.json()).containsEntry("standing", "agreed");
        assertThat(asMap(agreed.json().get("agreed"))).containsEntry("version", 1)
            .containsEntry("status", "agreed")
            .containsEntry("expectations", "Qualified leads: budget, authority, need and timeline known");
        assertThat(matrixLabel()).isEqualTo("Agreed v1");
    }

    @Test
    void aChangedAgreementIsANewDraftAndTheHistoryStaysReadable() {
        String id = leadsRelationship();
        site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        site.as(SALES_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);

        Response changed = site.as(SALES_LEAD, "PUT", "/api/relationships/" + id,
                request(marketing, sales, "Leads with a named contact"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("standing", "agreed-draft-pending");
        List<?> versions = (List<?>) changed.json().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(asMap(versions.get(0))).containsEntry("version", 2).containsEntry("status", "draft");
        assertThat(asMap(versions.get(1))).containsEntry("version", 1).containsEntry("status", "agreed");
        assertThat(matrixLabel()).isEqualTo("Agreed v1, v2 pending");

        Response unchanged = site.as(SALES_LEAD, "PUT", "/api/relationships/" + id,
                request(marketing, sales, "Leads with a named contact"));
        assertThat((List<?>) unchanged.json().get("versions")).hasSize(2);
    }

    @Test
    void onlyOwnersConfirmAndOnlyOwnersOrAdministratorsChange() {
        String id = leadsRelationship();

        assertThat(site.as(BYSTANDER, "POST", "/api/relationships/" + id + "/confirmations", null).status())
            .isEqualTo(403);
        assertThat(
                site.as(BYSTANDER, "PUT", "/api/relationships/" + id, request(marketing, sales, "Anything")).status())
            .isEqualTo(403);
        assertThat(site.as(BYSTANDER, "POST", "/api/relationships", request(sales, marketing, "x")).status())
            .isEqualTo(403);
        assertThat(site.as(BYSTANDER, "DELETE", "/api/relationships/" + id, null).status()).isEqualTo(403);
        assertThat(
                site.asAdmin("PUT", "/api/relationships/" + id, request(marketing, sales, "Set by the admin")).status())
            .isEqualTo(200);
        assertThat(site.as(BYSTANDER, "GET", "/api/relationships/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void anOwnerChangesOnlyTheTermsAndNeverWhoOwnsOrSponsors() {
        String id = leadsRelationship();
        Map<String, Object> takeover = new java.util.HashMap<>(request(marketing, sales, "Any lead at all"));
        takeover.put("customerOwnerAccountId", MARKETING_LEAD);
        takeover.put("executiveSponsorAccountId", MARKETING_LEAD);

        Response taken = site.as(MARKETING_LEAD, "PUT", "/api/relationships/" + id, takeover);
        assertThat(taken.status()).as(taken.body()).isEqualTo(403);
        assertThat((String) taken.json().get("message")).contains("Only Jira administrators change who owns a side");
        Map<String, Object> customerSide = new java.util.HashMap<>(request(marketing, sales, "Any lead at all"));
        customerSide.put("providerOwnerAccountId", SALES_LEAD);
        assertThat(site.as(SALES_LEAD, "PUT", "/api/relationships/" + id, customerSide).status()).isEqualTo(403);
        Map<String, Object> unchanged = site.as(BYSTANDER, "GET", "/api/relationships/" + id, null).json();
        assertThat(unchanged).containsEntry("providerOwnerAccountId", MARKETING_LEAD)
            .containsEntry("customerOwnerAccountId", SALES_LEAD)
            .containsEntry("executiveSponsorAccountId", TestSites.ADMIN);
        assertThat((List<?>) unchanged.get("versions")).hasSize(1);

        // the terms alone: a new draft, owners left out stay as they are
        Map<String, Object> termsOnly = Map.of("providerId", marketing, "customerId", sales, "agreement",
                Map.of("deliverables", List.of("Leads"), "expectations", "Leads with a named contact"));
        Response changed = site.as(MARKETING_LEAD, "PUT", "/api/relationships/" + id, termsOnly);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("providerOwnerAccountId", MARKETING_LEAD)
            .containsEntry("customerOwnerAccountId", SALES_LEAD)
            .containsEntry("executiveSponsorAccountId", TestSites.ADMIN);
        assertThat((List<?>) changed.json().get("versions")).hasSize(2);

        // an administrator names the owners
        assertThat(site.asAdmin("PUT", "/api/relationships/" + id, takeover).json())
            .containsEntry("customerOwnerAccountId", MARKETING_LEAD);
    }

    @Test
    void onePersonNeverConfirmsBothSidesEvenWhenTheyOwnBoth() {
        Map<String, Object> both = new java.util.HashMap<>(request(marketing, sales, "Qualified leads"));
        both.put("customerOwnerAccountId", MARKETING_LEAD);
        String id = site.asAdmin("POST", "/api/relationships", both).json().get("id").toString();

        Response first = site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(asMap(first.json().get("draft"))).containsEntry("providerConfirmedBy", MARKETING_LEAD)
            .containsEntry("customerConfirmedBy", null);

        Response second = site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat((String) second.json().get("message")).contains("one person never confirms both sides");
        assertThat(site.as(BYSTANDER, "GET", "/api/relationships/" + id, null).json()).containsEntry("standing",
                "draft");

        // someone else named for the customer's side confirms it: agreed by two people
        both.put("customerOwnerAccountId", SALES_LEAD);
        site.asAdmin("PUT", "/api/relationships/" + id, both);
        assertThat(site.as(SALES_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null).json())
            .containsEntry("standing", "agreed");
    }

    @Test
    void anOwnerNamedForTheOtherSideAfterConfirmingOneCannotConfirmItToo() {
        String id = leadsRelationship();
        site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        Map<String, Object> moved = new java.util.HashMap<>(
                request(marketing, sales, "Qualified leads: budget, authority, need and timeline known"));
        moved.put("providerOwnerAccountId", BYSTANDER);
        moved.put("customerOwnerAccountId", MARKETING_LEAD);
        assertThat(site.asAdmin("PUT", "/api/relationships/" + id, moved).status()).isEqualTo(200);

        Response again = site.as(MARKETING_LEAD, "POST", "/api/relationships/" + id + "/confirmations", null);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(site.as(BYSTANDER, "GET", "/api/relationships/" + id, null).json()).containsEntry("standing",
                "draft");
    }

    @Test
    void badRelationshipsAreRefusedNamingTheFieldAndNothingIsWritten() {
        leadsRelationship();

        assertField(site.asAdmin("POST", "/api/relationships", request(sales, sales, "x")), "customerId");
        assertField(site.asAdmin("POST", "/api/relationships", request(marketing, sales, "again")), "customerId");
        assertField(site.asAdmin("POST", "/api/relationships", request("no-such-id", sales, "x")), "providerId");
        assertField(
                site.asAdmin("POST", "/api/relationships",
                        Map.of("providerId", sales, "customerId", marketing, "agreement",
                                Map.of("serviceTarget", Map.of("firstResponseHours", 0)))),
                "agreement.serviceTarget.firstResponseHours");
        assertField(site.asAdmin("POST", "/api/relationships", Map.of("providerId", sales, "customerId", marketing,
                "providerOwnerAccountId", "<script>", "agreement", Map.of())), "providerOwnerAccountId");

        assertThat((List<?>) site.asAdmin("GET", "/api/relationships", null).jsonList()).hasSize(1);
    }

    @Test
    void aDepartmentInARelationshipIsArchivedInsteadOfDeleted() {
        leadsRelationship();

        Response removed = site.asAdmin("DELETE", "/api/departments/" + sales, null);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json()).containsEntry("archived", true);
        assertThat(site.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Sales");
        assertThat(site.asAdmin("GET", "/api/departments?includeArchived=true", null).body()).contains("Sales");
        assertField(site.asAdmin("POST", "/api/relationships", request(sales, marketing, "x")), "providerId");
    }

    @Test
    void confluenceReadsTheSameMatrixAndAnotherSiteNothing() {
        String id = leadsRelationship();
        TestSites other = TestSites.installed(site.host());

        Map<String, Object> fromConfluence = site.fromConfluence(BYSTANDER, "GET", "/api/matrix", null).json();
        assertThat(fromConfluence.toString()).contains("Marketing").contains("Draft v1");
        assertThat(site
            .fromConfluence(BYSTANDER, "GET", "/api/relationships?provider=" + marketing + "&customer=" + sales, null)
            .jsonList()).singleElement().asString().contains(id);
        assertThat(other.asAdmin("GET", "/api/relationships/" + id, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("PUT", "/api/relationships/" + id, request(marketing, sales, "mine")).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("POST", "/api/relationships/" + id + "/confirmations", null).status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/matrix", null).body()).doesNotContain("Marketing");
        assertThat(other.asAdmin("GET", "/api/relationships?provider=" + marketing + "&customer=" + sales, null)
            .jsonList()).isEmpty();
        assertField(other.asAdmin("POST", "/api/relationships", request(marketing, sales, "x")), "providerId");
    }

    @Test
    void theMatrixSaysNoDataYetForFiguresLaterFeaturesProduce() {
        leadsRelationship();

        for (String metric : List.of("satisfaction", "yesno", "open", "service")) {
            Map<String, Object> matrix = site.asAdmin("GET", "/api/matrix?metric=" + metric, null).json();
            assertThat(asMap(((List<?>) matrix.get("cells")).get(0))).containsEntry("noData", true)
                .containsEntry("label", "No data yet")
                .containsEntry("value", null);
        }
        assertField(site.asAdmin("GET", "/api/matrix?metric=happiness", null), "metric");
        assertField(site.asAdmin("GET", "/api/matrix?period=last-year", null), "period");
        assertThat(site.asAdmin("GET", "/api/matrix?period=2026-Q1", null).json().get("period").toString())
            .contains("2026-01-01", "2026-03-31");
    }

    @Test
    void theMatrixIsServedGzippedWithAnETagAndIsNeverStale() throws Exception {
        leadsRelationship();
        String token = "JWT " + site.host().jwt(site.jira()).context().subject(TestSites.ADMIN).sign();

        Response gzipped = site.host()
            .send("GET", "/api/matrix", token, null, "application/json", Map.of("Accept-Encoding", "gzip"));
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(site.host()
            .send("GET", "/api/matrix", token, null, "application/json", Map.of("If-None-Match", etag))
            .status()).isEqualTo(304);

        department("Legal");

        Response changed = site.host()
            .send("GET", "/api/matrix", token, null, "application/json", Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Legal");
    }

    @Test
    void theMatrixCanBeNarrowedToSomeDepartments() {
        leadsRelationship();
        String it = department("IT");

        Map<String, Object> matrix = site.asAdmin("GET", "/api/matrix?departments=" + marketing + "," + it, null)
            .json();

        assertThat((List<?>) matrix.get("departments")).hasSize(2);
        assertThat((List<?>) matrix.get("cells")).isEmpty();
        assertField(site.asAdmin("GET", "/api/matrix?departments=someone-elses", null), "departments");
    }

    @Test
    void aStoredSelectionNamingADeletedDepartmentShowsTheRestAndSaysWhichAreGone() {
        leadsRelationship();
        String it = department("IT");
        assertThat(site.asAdmin("DELETE", "/api/departments/" + it, null).status()).isEqualTo(204);

        Response typed = site.asAdmin("GET", "/api/matrix?departments=" + marketing + "," + sales + "," + it, null);
        assertField(typed, "departments");
        Map<String, Object> stored = site
            .asAdmin("GET", "/api/matrix?unknownDepartments=omit&departments=" + marketing + "," + sales + "," + it,
                    null)
            .json();

        assertThat((List<?>) stored.get("departments")).hasSize(2);
        assertThat((List<?>) stored.get("cells")).hasSize(1);
        assertThat(stored.get("missingDepartments")).isEqualTo(List.of(it));
        assertThat(site.asAdmin("GET", "/api/matrix?departments=" + marketing, null).json())
            .doesNotContainKey("missingDepartments");
        assertField(site.asAdmin("GET", "/api/matrix?unknownDepartments=maybe", null), "unknownDepartments");
    }

    private String leadsRelationship() {
        Response created = site.asAdmin("POST", "/api/relationships",
                request(marketing, sales, "Qualified leads: budget, authority, need and timeline known"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json()).containsEntry("standing", "draft");
        return created.json().get("id").toString();
    }

    private static Map<String, Object> request(String provider, String customer, String expectations) {
        return Map.of("providerId", provider, "customerId", customer, "providerOwnerAccountId", MARKETING_LEAD,
                "customerOwnerAccountId", SALES_LEAD, "executiveSponsorAccountId", TestSites.ADMIN, "agreement",
                Map.of("deliverables", List.of("Leads", "Campaign calendar"), "expectations", expectations,
                        "customerGivesBack", "Feedback on every lead within a week", "serviceTarget",
                        Map.of("firstResponseHours", 8, "resolutionHours", 72)));
    }

    private String department(String name) {
        return site.asAdmin("POST", "/api/departments", Map.of("name", name)).json().get("id").toString();
    }

    private String matrixLabel() {
        Map<String, Object> matrix = site.asAdmin("GET", "/api/matrix", null).json();
        return ((Map<?, ?>) ((List<?>) matrix.get("cells")).get(0)).get("label").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
    }

}
