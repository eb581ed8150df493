package com.icr.request;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The provider's decision and the departments' correction through the API, each one
 * transaction, and the issue's entity property following the decision.
 */
@AppTest
class DecisionApiTest {

    @LocalServerPort
    int port;

    RequestScenario scenario;

    JiraIssueJson issue;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        issue = scenario.newIssue();
        assertThat(scenario.created(issue).status()).isEqualTo(204);
        scenario.settled(REPORTER, issue.id, "internal");
    }

    @Test
    void theAssigneeAcceptsThenDeclinesAndTheHistoryKeepsBoth() {
        Response accepted = decide(ASSIGNEE, Map.of("outcome", "accepted"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(IssueWebhookTest.asMap(accepted.json().get("decision"))).containsEntry("outcome", "accepted");

        Response declined = decide(ASSIGNEE,
                Map.of("outcome", "declined", "reason", "duplicate", "note", "  Same as the last one  "));

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(IssueWebhookTest.asMap(declined.json().get("decision"))).containsEntry("outcome", "declined")
            .containsEntry("reason", "duplicate")
            .containsEntry("note", "Same as the last one")
            .containsEntry("byAccountId", ASSIGNEE);
        assertThat((List<?>) declined.json().get("history")).hasSize(2);
        assertThat(scenario.view(REPORTER, issue.id).json().get("history")).isEqualTo(declined.json().get("history"));
        // Jira's search follows: the issue's entity property says what was decided, and
        // when
        Map<String, Object> property = Eventually.await("the entity property to say declined",
                () -> scenario.property(issue.id), p -> p != null && "declined".equals(p.get("decision")));
        assertThat(property).containsEntry("declineReason", "duplicate")
            .containsEntry("decidedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void aDeclineNeedsAReasonAndOtherNeedsANote() {
        assertThat(decide(ASSIGNEE, Map.of("outcome", "declined")).json()).containsEntry("status", 400)
            .containsEntry("field", "reason");
        assertThat(decide(ASSIGNEE, Map.of("outcome", "declined", "reason", "other")).json()).containsEntry("field",
                "note");
        Map<String, Object> tooLong = new HashMap<>(
                Map.of("outcome", "declined", "reason", "duplicate", "note", "x".repeat(1001)));
        assertThat(decide(ASSIGNEE, tooLong).json()).containsEntry("field", "note");
        assertThat(scenario.view(ASSIGNEE, issue.id).json()).containsEntry("decision", null);
    }

    @Test
    void theReporterMayNotDecide() {
        assertThat(decide(REPORTER, Map.of("outcome", "accepted")).status()).isEqualTo(403);
        assertThat(scenario.view(ASSIGNEE, issue.id).json()).containsEntry("decision", null);
    }

    @Test
    void theCustomersOwnerCannotMakeThemselvesTheProvidersOwnerToDecide() {
        Map<String, Object> takeover = new HashMap<>(Map.of("providerId", scenario.finance, "customerId",
                scenario.sales, "providerOwnerAccountId", RequestScenario.SALES_LEAD, "customerOwnerAccountId",
                RequestScenario.SALES_LEAD, "agreement", Map.of("expectations", "Anything goes")));
        Response taken = scenario.site.as(RequestScenario.SALES_LEAD, "PUT",
                "/api/relationships/" + scenario.relationshipId, takeover);
        assertThat(taken.status()).as(taken.body()).isEqualTo(403);

        assertThat(decide(RequestScenario.SALES_LEAD, Map.of("outcome", "accepted")).status()).isEqualTo(403);
        assertThat(scenario.view(ASSIGNEE, issue.id).json()).containsEntry("decision", null);
    }

    @Test
    void someoneWhoMayEditTheIssueCorrectsTheCustomerAndBackToAutomatic() {
        String it = scenario.department("IT", List.of(), List.of("it-team"), RequestScenario.BYSTANDER);
        Map<String, Object> correction = new HashMap<>();
        correction.put("providerId", null);
        correction.put("customerId", it);

        Response corrected = scenario.site.as(REPORTER, "PUT", "/api/requests/" + issue.id + "/departments",
                correction);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json()).containsEntry("customerSource", "corrected");
        assertThat(IssueWebhookTest.asMap(corrected.json().get("customer"))).containsEntry("name", "IT");
        correction.put("customerId", null);
        Response automatic = scenario.site.as(REPORTER, "PUT", "/api/requests/" + issue.id + "/departments",
                correction);
        assertThat(automatic.status()).as(automatic.body()).isEqualTo(200);
        assertThat(IssueWebhookTest.asMap(automatic.json().get("customer"))).containsEntry("name", "Sales");
    }

    private Response decide(String accountId, Map<String, Object> body) {
        return scenario.site.as(accountId, "PUT", "/api/requests/" + issue.id + "/decision", body);
    }

}
