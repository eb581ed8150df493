package com.icr.confluence;

import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.Qsh;
import com.icr.support.TestSites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A viewer without an account (Connect leaves {@code sub} out, as for the matrix macro on
 * a public Confluence page) reads the matrix and the cell it opens, without anyone's
 * name, and nothing else: every other operation of the API, and the review in the macro's
 * export, are refused.
 */
@AppTest
class AnonymousViewerTest {

    @LocalServerPort
    int port;

    RequestScenario scenario;

    TestSites site;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        site = scenario.site;
        scenario.sponsoredBy(TestSites.ADMIN);
        assertThat(site
            .as(REPORTER, "POST", "/api/review-items", Map.of("relationshipId", scenario.relationshipId, "side",
                    "customer", "kind", "frustration", "text", "Reports come late"))
            .status()).isEqualTo(201);
    }

    @Test
    void readsTheMatrixAndTheCellItOpensWithoutAnyoneNamed() {
        Response matrix = anonymous("GET", "/api/matrix");
        assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
        assertThat(matrix.body()).contains("Finance").contains("Sales");

        Response cell = anonymous("GET",
                "/api/relationships?provider=" + scenario.finance + "&customer=" + scenario.sales);
        assertThat(cell.status()).as(cell.body()).isEqualTo(200);
        assertThat(cell.jsonList()).singleElement().asString().contains(RequestScenario.EXPECTATIONS.substring(0, 20));
        assertThat(cell.body()).doesNotContain(FINANCE_LEAD)
            .doesNotContain(SALES_LEAD)
            .doesNotContain(TestSites.ADMIN)
            .doesNotContain("557058:");
        // a signed-in reader still sees who owns it
        assertThat(site
            .fromConfluence(REPORTER, "GET",
                    "/api/relationships?provider=" + scenario.finance + "&customer=" + scenario.sales, null)
            .body()).contains(FINANCE_LEAD).contains(SALES_LEAD);
    }

    @Test
    void everyOtherOperationOfTheApiIsRefused() {
        Map<String, Object> paths = site.host().get("/api/openapi.json", null).json();
        List<String> answered = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Object> path : asMap(paths.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> operation : asMap(path.getValue()).entrySet()) {
                String method = operation.getKey();
                String uri = path.getKey().replace("{id}", scenario.relationshipId).replaceAll("\\{[^}]+}", "x");
                if (uri.equals("/api/matrix") && method.equals("get")) {
                    continue;
                }
                tried++;
                Object body = asMap(operation.getValue()).get("requestBody");
                String contentType = body == null ? "application/json"
                        : asMap(asMap(body).get("content")).keySet().iterator().next();
                Response response = anonymous(method.toUpperCase(java.util.Locale.ROOT), uri, contentType);
                if (response.status() != 403 || !response.body().contains("signed-in Atlassian user")) {
                    answered.add(method + " " + uri + " -> " + response.status());
                }
            }
        }
        assertThat(tried).isGreaterThan(40);
        assertThat(answered).isEmpty();
        // the cell read needs its two departments: the whole list is not for them
        assertThat(anonymous("GET", "/api/relationships?provider=" + scenario.finance).status()).isEqualTo(403);
    }

    @Test
    void theMacrosExportShowsTheMatrixButNotTheReview() {
        Response matrix = page("/macros/matrix/export");
        assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
        assertThat(matrix.body()).contains("Finance");

        Response review = page("/macros/matrix/export?mode=review&relationship=" + scenario.relationshipId);
        assertThat(review.status()).isEqualTo(403);
        assertThat(review.body()).doesNotContain("Reports come late");
        // signed in, the same export shows it
        String signed = site.host()
            .jwt(site.confluence())
            .qsh(Qsh.of("GET", "/macros/matrix/export?mode=review&relationship=" + scenario.relationshipId))
            .subject(REPORTER)
            .sign();
        assertThat(site.host()
            .send("GET", "/macros/matrix/export?mode=review&relationship=" + scenario.relationshipId + "&jwt=" + signed,
                    null, null)
            .body()).contains("Reports come late");
    }

    /**
     * An {@code /api} call from the macro's iframe on a public page: a context token
     * without {@code sub}.
     */
    private Response anonymous(String method, String path) {
        return anonymous(method, path, "application/json");
    }

    private Response anonymous(String method, String path, String contentType) {
        String token = site.host().jwt(site.confluence()).context().subject(null).sign();
        Object body = method.equals("GET") || method.equals("DELETE") ? null
                : contentType.equals("application/json") ? Map.of() : "x";
        return site.host().send(method, path, "JWT " + token, body, contentType);
    }

    /**
     * The macro's export as Confluence fetches it for an anonymous reader: a page token
     * without {@code sub}.
     */
    private Response page(String pathAndQuery) {
        String token = site.host().jwt(site.confluence()).qsh(Qsh.of("GET", pathAndQuery)).subject(null).sign();
        return site.host()
            .send("GET", pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "jwt=" + token, null, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

}
