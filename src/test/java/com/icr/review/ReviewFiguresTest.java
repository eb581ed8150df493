package com.icr.review;

import static com.icr.review.AlignmentApiTest.asMap;
import static com.icr.review.AlignmentApiTest.asMapList;
import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.satisfaction.CheckScenario;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review's trend and the computed measures, compared with the satisfaction checks
 * that were answered.
 */
@AppTest
class ReviewFiguresTest {

    @LocalServerPort
    int port;

    @Test
    void computedMeasuresAndTheTrendCountTheAnsweredChecks() {
        CheckScenario checks = new CheckScenario(new HostSimulator("http://localhost:" + port));
        RequestScenario scenario = checks.requests;
        String a = resolvedAndAsked(checks, Instant.parse("2026-11-02T12:00:00Z"));
        String b = resolvedAndAsked(checks, Instant.parse("2026-11-03T12:00:00Z"));
        String c = resolvedAndAsked(checks, Instant.parse("2026-10-20T12:00:00Z"));
        resolvedAndAsked(checks, Instant.parse("2026-11-04T12:00:00Z")); // asked, never
                                                                         // answered
        String summer = resolvedAndAsked(checks, Instant.parse("2026-08-14T12:00:00Z"));
        answer(checks, a, 5, "yes");
        answer(checks, b, 2, "no");
        answer(checks, c, 4, "partly");
        answer(checks, summer, 3, "yes");

        String rating = measure(scenario, "satisfaction", "Average rating", 4.0);
        String met = measure(scenario, "expectations-met", "Expectations met", 80.0);

        Map<String, Object> ratingView = scenario.site
            .as(BYSTANDER, "GET", "/api/measures/" + rating + "?quarter=2026-Q4", null)
            .json();
        assertThat(asMapList(ratingView.get("months"))).extracting(m -> m.get("value")).containsExactly(4.0, 3.5, null);
        // 3.5 of a way from 1 to 4: 2.5 / 3
        assertThat(ratingView).containsEntry("unit", "of 5")
            .containsEntry("score", 0.83)
            .containsEntry("status", "on-track");
        Map<String, Object> metView = scenario.site
            .as(BYSTANDER, "GET", "/api/measures/" + met + "?quarter=2026-Q4", null)
            .json();
        assertThat(asMapList(metView.get("months"))).extracting(m -> m.get("value")).containsExactly(50.0, 50.0, null);
        assertThat(metView).containsEntry("score", 0.63).containsEntry("status", "at-risk");
        assertThat(scenario.site.as(SALES_LEAD, "PUT", "/api/measures/" + met + "/values/2026-11", Map.of("value", 90))
            .json()).containsEntry("field", "source");

        Map<String, Object> review = scenario.site
            .as(BYSTANDER, "GET", "/api/reviews?relationship=" + scenario.relationshipId + "&quarter=2026-Q4", null)
            .json();
        assertThat(asMap(review.get("scope"))).containsEntry("kind", "relationship")
            .containsEntry("name", "Finance → Sales");
        assertThat(review.get("quarters")).isEqualTo(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"));
        List<Map<String, Object>> trend = asMapList(review.get("trend"));
        assertThat(trend.get(3)).containsEntry("sent", 4)
            .containsEntry("answered", 3)
            .containsEntry("satisfaction", 3.667)
            .containsEntry("met", 0.5);
        assertThat(trend.get(2)).containsEntry("sent", 1)
            .containsEntry("answered", 1)
            .containsEntry("satisfaction", 3.0)
            .containsEntry("met", 1.0);
        assertThat(trend.get(0)).containsEntry("satisfaction", null)
            .containsEntry("met", null)
            .containsEntry("sent", 0);
        Map<String, Object> row = asMapList(review.get("snapshot")).get(0);
        assertThat(row).containsEntry("providerName", "Finance")
            .containsEntry("customerName", "Sales")
            .containsEntry("standing", "agreed");
        assertThat(asMap(row.get("satisfaction"))).containsEntry("label", "3.7 of 5 · 50 % met · 3 of 4 answered");
        assertThat(asMapList(review.get("measures"))).extracting(m -> m.get("name"))
            .containsExactly("Average rating", "Expectations met");
        assertThat(asMap(review.get("you"))).containsEntry("sides", Map.of());

        // the department's review sums its relationships' counts; a new relationship
        // without checks changes nothing
        String it = scenario.department("IT", List.of(), List.of("it-team"), "557058:ivy-it");
        assertThat(scenario.site
            .asAdmin("POST", "/api/relationships", Map.of("providerId", scenario.finance, "customerId", it))
            .status()).isEqualTo(201);
        Map<String, Object> finance = scenario.site
            .as(ASSIGNEE, "GET", "/api/reviews?department=" + scenario.finance + "&quarter=2026-Q4", null)
            .json();
        assertThat(asMap(finance.get("scope"))).containsEntry("kind", "department").containsEntry("name", "Finance");
        assertThat(asMapList(finance.get("snapshot"))).hasSize(2);
        assertThat(asMapList(finance.get("trend")).get(3)).containsEntry("satisfaction", 3.667)
            .containsEntry("answered", 3);
        assertThat(asMap(asMap(finance.get("you")).get("sides"))).hasSize(2);

        assertThat(scenario.site.as(BYSTANDER, "GET", "/api/reviews?quarter=2026-Q4", null).json())
            .containsEntry("field", "relationship");
        assertThat(scenario.site
            .as(BYSTANDER, "GET", "/api/reviews?relationship=" + scenario.relationshipId + "&quarter=soon", null)
            .json()).containsEntry("field", "quarter");
        assertThat(scenario.site.as(BYSTANDER, "GET", "/api/reviews?department=nope", null).status()).isEqualTo(404);
    }

    private static String measure(RequestScenario scenario, String source, String name, double target) {
        var created = scenario.site.as(SALES_LEAD, "POST", "/api/measures",
                Map.of("relationshipId", scenario.relationshipId, "name", name, "source", source, "target", target));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private static String resolvedAndAsked(CheckScenario checks, Instant resolvedAt) {
        JiraIssueJson issue = checks.createdIssue();
        issue.resolved(resolvedAt).updated(Instant.now());
        checks.requests.site.jiraSite().issue(issue);
        checks.deliver(issue.webhook("jira:issue_updated", Instant.now().plusSeconds(1).toEpochMilli()));
        return (String) checks.awaitCurrent(issue.id, "awaiting").get("id");
    }

    private static void answer(CheckScenario checks, String checkId, int rating, String met) {
        assertThat(checks.answer(REPORTER, checkId, Map.of("rating", rating, "met", met)).status()).isEqualTo(200);
    }

}
