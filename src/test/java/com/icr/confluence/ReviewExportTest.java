package com.icr.confluence;

import com.icr.core.Quarter;
import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Confluence embeds in a PDF or Word export of a page whose macro shows a quarterly
 * review: Finance and Sales of the request scenario, with what their people entered
 * through the API.
 */
@AppTest
class ReviewExportTest {

    private static final String HOSTILE_DEPARTMENT = "<script>alert('dept')</script> Legal";

    private static final String HOSTILE_ITEM = "<img src=x onerror=alert('item')> Requests arrive without a deadline";

    private static final String HOSTILE_NOTE = "<script>alert('note')</script> Both sides meet monthly from now on.";

    @LocalServerPort
    int port;

    RequestScenario scenario;

    TestSites site;

    String quarter;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        site = scenario.site;
        // what the export shows by default, and where today's thanks and items fall
        quarter = Quarter.current(Clock.systemUTC()).key();
    }

    @Test
    void rendersARelationshipsReviewWithEveryUserTextInert() {
        String objective = ok(site.asAdmin("POST", "/api/objectives",
                Map.of("quarter", quarter, "title", "Close the books in <5> days", "ownerAccountId", SALES_LEAD)), 201)
            .get("id")
            .toString();
        ok(site.as(ASSIGNEE, "PUT", "/api/relationships/" + scenario.relationshipId + "/objectives",
                Map.of("objectiveIds", List.of(objective))), 200);
        String measure = ok(site.as(SALES_LEAD, "POST", "/api/measures",
                Map.of("relationshipId", scenario.relationshipId, "objectiveId", objective, "name",
                        "Qualified leads per month", "unit", "leads", "source", "manual", "target", 40)),
                201)
            .get("id")
            .toString();
        ok(site.as(SALES_LEAD, "PUT", "/api/measures/" + measure + "/values/" + firstMonth(), Map.of("value", 30)),
                200);
        ok(site.as(ASSIGNEE, "POST", "/api/review-items", Map.of("relationshipId", scenario.relationshipId, "side",
                "provider", "kind", "frustration", "text", HOSTILE_ITEM)), 201);
        ok(site.as(REPORTER, "POST", "/api/review-items", Map.of("relationshipId", scenario.relationshipId, "side",
                "customer", "kind", "assumption", "text", "We assume Finance needs a week for any report")), 201);
        scenario.sponsoredBy(TestSites.ADMIN);
        ok(site.asAdmin("PUT", "/api/relationships/" + scenario.relationshipId + "/sponsor-notes/" + quarter,
                Map.of("text", HOSTILE_NOTE)), 200);
        ok(site.as(REPORTER, "POST", "/api/appreciation", Map.of("toDepartmentId", scenario.finance, "fromDepartmentId",
                scenario.sales, "toAccountIds", List.of(ASSIGNEE), "message", "Thanks for the fast reconciliation")),
                201);

        Response export = site.host()
            .page(site.confluence(), "/macros/matrix/export?mode=review&relationship=" + scenario.relationshipId
                    + "&department=&quarter=" + quarter + "&departments=&metric=&period=");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(export.headers().firstValue("Cache-Control")).get()
            .asString()
            .contains("private")
            .contains("max-age=300");
        assertThat(export.body()).contains("Quarterly review: Finance → Sales, " + quarter)
            .contains(">Agreed<")
            .contains("<svg")
            .contains("role=\"img\"")
            .contains("The trend in figures")
            .contains("Qualified leads per month")
            .contains("at least 40 leads")
            .contains("30 leads")
            .contains("<strong>On track</strong>")
            .contains(">0.75<")
            .contains("Close the books in &lt;5&gt; days")
            .contains("Provider side (Finance)")
            .contains("Customer side (Sales)")
            .contains("&lt;img src=x onerror=alert(&#39;item&#39;)&gt; Requests arrive without a deadline")
            .contains("We assume Finance needs a week for any report")
            .contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt; Both sides meet monthly from now on.")
            .contains("Someone in Sales thanked 1 person in Finance: “Thanks for the fast reconciliation”")
            .doesNotContain("<script")
            .doesNotContain("<img")
            .doesNotContain("var(--ds");
        int providerItem = export.body().indexOf("Requests arrive without a deadline");
        assertThat(export.body().indexOf("</td><td", providerItem))
            .isLessThan(export.body().indexOf("We assume Finance needs a week"));
    }

    @Test
    void rendersADepartmentsReviewOverAllItsRelationshipsWithItsNamesEscaped() {
        String legal = ok(site.asAdmin("POST", "/api/departments", Map.of("name", HOSTILE_DEPARTMENT)), 201).get("id")
            .toString();
        String legalToSales = ok(site.asAdmin("POST", "/api/relationships", Map.of("providerId", legal, "customerId",
                scenario.sales, "agreement", Map.of("expectations", "Contracts reviewed within a week"))), 201)
            .get("id")
            .toString();
        ok(site.asAdmin("POST", "/api/review-items", Map.of("relationshipId", legalToSales, "side", "customer", "kind",
                "suggestion", "text", "A checklist for <b>standard</b> contracts")), 201);

        Response sales = site.host()
            .page(site.confluence(),
                    "/macros/matrix/export?mode=review&department=" + scenario.sales + "&relationship=");
        Response legalReview = site.host()
            .page(site.confluence(), "/macros/matrix/export?mode=review&department=" + legal);

        assertThat(sales.status()).as(sales.body()).isEqualTo(200);
        assertThat(sales.body()).contains("Quarterly review: Sales, " + quarter)
            .contains("Department: all the relationships")
            .contains(">Finance<")
            .contains("&lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal</th>")
            .contains(">Draft<")
            .contains(">Agreed<")
            .contains("A checklist for &lt;b&gt;standard&lt;/b&gt; contracts")
            .contains("&lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal → Sales")
            .doesNotContain("<script")
            .doesNotContain("<b>");
        assertThat(legalReview.status()).isEqualTo(200);
        assertThat(legalReview.body())
            .contains("Quarterly review: &lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal, " + quarter)
            .doesNotContain("<script");
    }

    @Test
    void badParametersAreAnEscapedSentenceWithAClientErrorStatus() {
        TestSites elsewhere = TestSites.installed(new HostSimulator("http://localhost:" + port));
        String foreignDepartment = ok(elsewhere.asAdmin("POST", "/api/departments", Map.of("name", "Their Finance")),
                201)
            .get("id")
            .toString();
        String base = "/macros/matrix/export?mode=review";

        assertRefused(
                page("/macros/matrix/export?mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E&relationship="
                        + scenario.relationshipId),
                400, "mode: must be matrix or review, not &lt;script&gt;alert(1)&lt;/script&gt;.");
        assertRefused(page(base + "&relationship=&department="), 400, "name either a relationship or a department");
        assertRefused(page(base + "&relationship=" + scenario.relationshipId + "&department=" + scenario.sales), 400,
                "name either a relationship or a department");
        assertRefused(page(base + "&relationship=" + scenario.relationshipId + "&quarter=2026-Q5"), 400,
                "quarter: must be a quarter such as 2026-Q4");
        assertRefused(page(base + "&department=" + foreignDepartment), 404, "not found on this site");
        assertRefused(page(base + "&relationship=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"), 404,
                "Relationship &lt;img src=x onerror=alert(1)&gt; not found");
    }

    @Test
    void theMatrixModeIsTheMatrixAsBefore() {
        Response matrix = page("/macros/matrix/export?mode=matrix&departments=&metric=agreement&period=" + quarter);

        assertThat(matrix.status()).isEqualTo(200);
        assertThat(matrix.body()).contains("icr-matrix-export")
            .contains("Internal Customer Relationship Matrix: agreement status");
    }

    @Test
    void aContextTokenCannotFetchTheReview() {
        String export = "/macros/matrix/export?mode=review&relationship=" + scenario.relationshipId;

        assertThat(site.host().get(export, "JWT " + site.host().contextToken(site.confluence())).status())
            .isEqualTo(401);
    }

    private Response page(String pathAndQuery) {
        return site.host().page(site.confluence(), pathAndQuery);
    }

    private static void assertRefused(Response response, int status, String sentence) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(response.body()).contains("The quarterly review cannot be shown.")
            .contains(sentence)
            .doesNotContain("<script")
            .doesNotContain("<img");
    }

    private static Map<String, Object> ok(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private String firstMonth() {
        int q = Integer.parseInt(quarter.substring(6));
        return YearMonth.of(Integer.parseInt(quarter.substring(0, 4)), (q - 1) * 3 + 1).toString();
    }

}
