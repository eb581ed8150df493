package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the matrix and the relationship detail count, compared with the checks that were
 * answered.
 */
@AppTest
class SatisfactionFiguresTest {

    @LocalServerPort
    int port;

    @Test
    void aRelationshipsQuartersAndTheMatrixCountTheAnsweredChecksAndNothingCancelled() {
        CheckScenario scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        assertThat(scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", Map.of("clarity", true)).status())
            .isEqualTo(200);
        Instant thisQuarter = Instant.parse("2026-11-02T12:00:00Z");
        String a = resolvedAndAsked(scenario, thisQuarter);
        String b = resolvedAndAsked(scenario, thisQuarter);
        String c = resolvedAndAsked(scenario, thisQuarter);
        resolvedAndAsked(scenario, thisQuarter); // asked, never answered
        String lastQuarter = resolvedAndAsked(scenario, Instant.parse("2026-08-14T12:00:00Z"));
        JiraIssueJson reopened = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(reopened, Instant.now().plusSeconds(1)));
        scenario.awaitCurrent(reopened.id, "awaiting");
        scenario.deliver(scenario.reopenedBody(reopened, Instant.now().plusSeconds(2)));
        Eventually.await("the reopened check cancelled", () -> scenario.satisfaction(REPORTER, reopened.id).json(),
                v -> v.get("current") == null);

        answer(scenario, a, 5, "yes");
        answer(scenario, b, 2, "no");
        answer(scenario, c, 3, "partly");
        answer(scenario, lastQuarter, 4, "yes");
        assertThat(scenario.requests.site
            .as(ASSIGNEE, "PUT", "/api/satisfaction/checks/" + a + "/clarity", Map.of("rating", 4))
            .status()).isEqualTo(200);
        assertThat(scenario.requests.site
            .as(ASSIGNEE, "PUT", "/api/satisfaction/checks/" + b + "/clarity", Map.of("rating", 1))
            .status()).isEqualTo(200);

        Map<String, Object> trend = scenario.requests.site
            .as(BYSTANDER, "GET",
                    "/api/relationships/" + scenario.requests.relationshipId + "/satisfaction?period=2026-Q4", null)
            .json();
        List<Map<String, Object>> quarters = scenario.asMapList(trend.get("quarters"));
        assertThat(quarters).extracting(q -> q.get("period"))
            .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        Map<String, Object> q4 = quarters.get(3);
        assertThat(q4).containsEntry("sent", 4).containsEntry("answered", 3).containsEntry("clarityRatings", 2);
        assertThat((Double) q4.get("responseRate")).isCloseTo(0.75, within(1e-9));
        assertThat((Double) q4.get("averageRating")).isCloseTo(10.0 / 3, within(1e-9));
        assertThat((Double) q4.get("metShare")).isCloseTo(0.5, within(1e-9));
        assertThat((Double) q4.get("clarity")).isCloseTo(2.5, within(1e-9));
        assertThat(asMap(q4.get("met"))).containsEntry("yes", 1).containsEntry("partly", 1).containsEntry("no", 1);
        assertThat(quarters.get(2)).containsEntry("sent", 1)
            .containsEntry("answered", 1)
            .containsEntry("averageRating", 4.0);
        assertThat(quarters.get(0)).containsEntry("sent", 0)
            .containsEntry("responseRate", null)
            .containsEntry("averageRating", null);

        Map<String, Object> cell = scenario.requests.site
            .asAdmin("GET", "/api/matrix?metric=satisfaction&period=2026-Q4", null)
            .jsonList("cells")
            .get(0);
        assertThat(cell).containsEntry("label", "3.3 of 5 · 50 % met · 3 of 4 answered");
        assertThat(asMap(cell.get("counts"))).containsEntry("sent", 4)
            .containsEntry("answered", 3)
            .containsEntry("no", 1);
        assertThat(scenario.requests.site
            .as(BYSTANDER, "GET", "/api/relationships/" + scenario.requests.relationshipId + "/satisfaction?quarters=9",
                    null)
            .json()).containsEntry("field", "quarters");
    }

    /**
     * A FIN issue resolved at {@code resolvedAt} (Jira's resolution date), by an event
     * after its creation; its check's id.
     */
    private static String resolvedAndAsked(CheckScenario scenario, Instant resolvedAt) {
        JiraIssueJson issue = scenario.createdIssue();
        issue.resolved(resolvedAt).updated(Instant.now());
        scenario.requests.site.jiraSite().issue(issue);
        scenario.deliver(issue.webhook("jira:issue_updated", Instant.now().plusSeconds(1).toEpochMilli()));
        return (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
    }

    private static void answer(CheckScenario scenario, String checkId, int rating, String met) {
        assertThat(scenario.answer(REPORTER, checkId, Map.of("rating", rating, "met", met)).status()).isEqualTo(200);
    }

}
