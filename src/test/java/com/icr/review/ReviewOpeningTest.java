package com.icr.review;

import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where the quarterly review opens when its link names nothing: where there is something
 * to read.
 */
@AppTest
class ReviewOpeningTest {

    static final String IT_LEAD = "557058:ivy-it";
    static final String LAWYER = "557058:lea-legal";

    @LocalServerPort
    int port;

    @Test
    void opensOnTheReadersBusiestRelationshipOfTheQuarterElseTheSites() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        scenario.site.jiraSite().groups(LAWYER, "legal-team");
        String it = scenario.department("IT", List.of(Map.of("projectKey", "ITS")), List.of("it-team"), IT_LEAD);
        String legal = scenario.department("Legal", List.of(), List.of("legal-team"), "557058:leo-legal-lead");
        String financeToIt = relationship(scenario, scenario.finance, it);
        String itToLegal = relationship(scenario, it, legal);

        // nothing happened yet: the first by name, among the reader's own relationships
        // where they have some
        assertThat(opening(scenario, BYSTANDER)).containsEntry("kind", "relationship")
            .containsEntry("id", financeToIt)
            .containsEntry("name", "Finance → IT");
        assertThat(opening(scenario, REPORTER)).containsEntry("id", scenario.relationshipId);
        assertThat(opening(scenario, IT_LEAD)).containsEntry("id", financeToIt);

        for (int i = 0; i < 2; i++) {
            JiraIssueJson issue = scenario.newIssue();
            assertThat(scenario.created(issue).status()).isEqualTo(204);
            scenario.settled(REPORTER, issue.id, "internal");
        }
        JiraIssueJson legalAsks = new JiraIssueJson("77" + System.nanoTime() % 100_000, "ITS-1", "ITS").reporter(LAWYER)
            .assignee(IT_LEAD)
            .created(Instant.now().minusSeconds(600));
        scenario.site.jiraSite().issue(legalAsks);
        assertThat(scenario.created(legalAsks).status()).isEqualTo(204);
        scenario.settled(LAWYER, legalAsks.id, "internal");

        // the site's busiest for someone of no department; the reader's own busiest for
        // the others
        assertThat(opening(scenario, BYSTANDER)).containsEntry("id", scenario.relationshipId)
            .containsEntry("name", "Finance → Sales");
        assertThat(opening(scenario, REPORTER)).containsEntry("id", scenario.relationshipId);
        assertThat(opening(scenario, IT_LEAD)).containsEntry("id", itToLegal).containsEntry("name", "IT → Legal");

        // a quarter long gone had nothing: the first by name again
        assertThat(scenario.site.as(BYSTANDER, "GET", "/api/reviews/opening?quarter=2020-Q1", null).json())
            .containsEntry("id", financeToIt);
        assertThat(scenario.site.as(BYSTANDER, "GET", "/api/reviews/opening?quarter=soon", null).json())
            .containsEntry("field", "quarter");
    }

    @Test
    void aSiteWithoutRelationshipsOpensOnItsFirstDepartmentAndAnEmptySiteOnNothing() {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        assertThat(site.as(BYSTANDER, "GET", "/api/reviews/opening", null).status()).isEqualTo(204);

        site.asAdmin("POST", "/api/departments", Map.of("name", "Sales"));
        String finance = (String) site.asAdmin("POST", "/api/departments", Map.of("name", "Finance")).json().get("id");

        assertThat(site.as(BYSTANDER, "GET", "/api/reviews/opening", null).json()).containsEntry("kind", "department")
            .containsEntry("id", finance);
    }

    private static Map<String, Object> opening(RequestScenario scenario, String accountId) {
        var response = scenario.site.as(accountId, "GET", "/api/reviews/opening", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String relationship(RequestScenario scenario, String provider, String customer) {
        var created = scenario.site.asAdmin("POST", "/api/relationships",
                Map.of("providerId", provider, "customerId", customer));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

}
