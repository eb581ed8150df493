package com.icr.request;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.satisfaction.CheckScenario;
import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A specification at intake through {@code /api/requests/{issueId}/specification}: the
 * agreement's checklist, ticked by the customer's side until the provider decides, seen
 * by the provider, refused naming the field, and counted on the matrix; through the
 * Connect door and the Forge door, and out of another site's reach.
 */
@AppTest
class SpecificationApiTest {

    static final List<String> CHECKLIST = List.of("Period and accounts named", "Deadline given",
            "Controller named for sign-off");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    CheckScenario checks;

    RequestScenario scenario;

    @BeforeEach
    void setUp() {
        checks = new CheckScenario(new HostSimulator("http://localhost:" + port));
        scenario = checks.requests;
        agreeChecklist(scenario.site, scenario.relationshipId, scenario.finance, scenario.sales, CHECKLIST);
    }

    /** Both owners agree a new version of the scenario's agreement, with a checklist. */
    static void agreeChecklist(TestSites site, String relationshipId, String finance, String sales,
            List<String> checklist) {
        Response changed = site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + relationshipId,
                Map.of("agreement", agreement(checklist)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        site.as(FINANCE_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);
        Response agreed = site.as(SALES_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);
        assertThat(agreed.json()).containsEntry("standing", "agreed");
        assertThat(asMap(agreed.json().get("agreed"))).containsEntry("checklist", checklist);
    }

    static Map<String, Object> agreement(List<String> checklist) {
        return Map.of("deliverables", List.of("Monthly pipeline report"), "expectations", RequestScenario.EXPECTATIONS,
                "customerGivesBack", "Deal data in the CRM by the 25th", "serviceTarget",
                Map.of("firstResponseHours", 8, "resolutionHours", 72), "checklist", checklist);
    }

    private JiraIssueJson internalRequest() {
        JiraIssueJson issue = checks.createdIssue();
        scenario.settled(REPORTER, issue.id, "internal");
        return issue;
    }

    private Response specification(String accountId, String issueId) {
        return scenario.site.onIssue(accountId, issueId, "GET", "/api/requests/" + issueId + "/specification", null);
    }

    private Response tick(String accountId, String issueId, Object body) {
        return scenario.site.onIssue(accountId, issueId, "PUT", "/api/requests/" + issueId + "/specification", body);
    }

    static Map<String, Object> entries(Object... stateAndReason) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < stateAndReason.length; i += 2) {
            Map<String, Object> item = new HashMap<>();
            item.put("state", stateAndReason[i]);
            item.put("reason", stateAndReason[i + 1]);
            items.add(item);
        }
        return Map.of("items", items);
    }

    @Test
    void theRequesterTicksTheProviderSeesHowCompleteAndTheMatrixCountsIt() {
        JiraIssueJson issue = internalRequest();

        Map<String, Object> fresh = specification(ASSIGNEE, issue.id).json();
        assertThat(fresh).containsEntry("total", 3)
            .containsEntry("specified", 0)
            .containsEntry("complete", false)
            .containsEntry("canEdit", false)
            .containsEntry("agreementVersion", 2);
        assertThat(specification(REPORTER, issue.id).json()).containsEntry("canEdit", true);

        Response partly = tick(REPORTER, issue.id,
                entries("specified", null, "not-applicable", "  No deadline: whenever it fits  ", "open", "ignored"));
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        assertThat(partly.json()).containsEntry("specified", 2).containsEntry("complete", false);
        assertThat(asList(partly.json().get("items"))).extracting(i -> i.get("state"), i -> i.get("reason"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("specified", null),
                    org.assertj.core.groups.Tuple.tuple("not-applicable", "No deadline: whenever it fits"),
                    org.assertj.core.groups.Tuple.tuple("open", null));
        // the provider sees it before deciding, read-only
        assertThat(specification(ASSIGNEE, issue.id).json()).containsEntry("specified", 2)
            .containsEntry("canEdit", false);
        assertThat(tick(ASSIGNEE, issue.id, entries("specified", null, "specified", null, "specified", null)).status())
            .isEqualTo(403);
        // the customer department's lead (the relationship's customer-side owner)
        // completes it
        Response complete = tick(SALES_LEAD, issue.id,
                entries("specified", null, "not-applicable", "No deadline", "specified", null));
        assertThat(complete.json()).containsEntry("specified", 3).containsEntry("complete", true);

        assertThat(scenario.site
            .as(ASSIGNEE, "PUT", "/api/requests/" + issue.id + "/decision", Map.of("outcome", "accepted"))
            .status()).isEqualTo(200);
        assertThat(specification(REPORTER, issue.id).json()).containsEntry("lockedBy", "decision")
            .containsEntry("canEdit", false)
            .containsEntry("complete", true);
        Response late = tick(REPORTER, issue.id, entries("open", null, "open", null, "open", null));
        assertThat(late.status()).isEqualTo(409);
        assertThat((String) late.json().get("message")).contains("The provider has decided");

        // resolved, and the customer says expectations were met
        checks.deliver(checks.resolvedBody(issue, Instant.now().plusSeconds(1)));
        Map<String, Object> check = checks.awaitCurrent(issue.id, "awaiting");
        assertThat(checks.answer(REPORTER, (String) check.get("id"), Map.of("rating", 5, "met", "yes")).status())
            .isEqualTo(200);

        Map<String, Object> cell = Eventually.await("the matrix to count the specification",
                () -> scenario.site.asAdmin("GET", "/api/matrix?metric=specification", null).jsonList("cells").get(0),
                c -> !Boolean.TRUE.equals(c.get("noData")) && asMap(c.get("counts")).get("answeredComplete") != null
                        && ((Number) asMap(c.get("counts")).get("answeredComplete")).intValue() == 1);
        assertThat(cell).containsEntry("label", "1 of 1 complete · met 100% vs –");
        assertThat(((Number) cell.get("value")).doubleValue()).isEqualTo(1.0);
        assertThat(asMap(cell.get("counts"))).containsEntry("complete", 1)
            .containsEntry("incomplete", 0)
            .containsEntry("metComplete", 1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        JiraIssueJson issue = internalRequest();
        tick(REPORTER, issue.id, entries("specified", null, "open", null, "open", null));

        assertField(tick(REPORTER, issue.id, entries("specified", null, "not-applicable", "  ", "open", null)),
                "items[1].reason", "say why this item does not apply");
        assertField(tick(REPORTER, issue.id, entries("specified", null, "done", null, "open", null)), "items[1].state",
                "must be specified, not-applicable or open");
        assertField(tick(REPORTER, issue.id, entries("open", null, "open", null, "not-applicable", "x".repeat(301))),
                "items[2].reason", "at most 300 characters");
        assertField(tick(REPORTER, issue.id, entries("specified", null)), "items", "one entry per checklist item: 3");
        assertField(tick(REPORTER, issue.id, null), "items", "one entry per checklist item");

        assertThat(specification(REPORTER, issue.id).json()).containsEntry("specified", 1);
        assertThat(jdbc.queryForObject("select specified from request_specification where issue_id = ?", Integer.class,
                issue.id))
            .isEqualTo(1);
    }

    @Test
    void aChecklistIsCheckedNamingTheItemAndAChangeWithoutOneKeepsIt() {
        Response blank = scenario.site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + scenario.relationshipId,
                Map.of("agreement", agreement(List.of("Deadline", " "))));
        assertField(blank, "agreement.checklist[1]", "must not be blank");
        Response twice = scenario.site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + scenario.relationshipId,
                Map.of("agreement", agreement(List.of("Deadline", "deadline"))));
        assertField(twice, "agreement.checklist[1]", "on the checklist twice");
        Response tooMany = scenario.site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + scenario.relationshipId, Map
            .of("agreement", agreement(java.util.stream.IntStream.range(0, 16).mapToObj(i -> "Item " + i).toList())));
        assertField(tooMany, "agreement.checklist", "at most 15 items");
        Response tooLong = scenario.site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + scenario.relationshipId,
                Map.of("agreement", agreement(List.of("x".repeat(201)))));
        assertField(tooLong, "agreement.checklist[0]", "at most 200 characters");

        // the sponsor changes; the request says nothing of the checklist: it stays
        scenario.sponsoredBy(ASSIGNEE);
        Map<String, Object> relationship = scenario.site
            .asAdmin("GET", "/api/relationships/" + scenario.relationshipId, null)
            .json();
        assertThat(asMap(relationship.get("agreed"))).containsEntry("checklist", CHECKLIST).containsEntry("version", 2);
    }

    @Test
    void anotherSiteReachesNothingAndTheForgeDoorTicksToo() {
        JiraIssueJson issue = internalRequest();
        TestSites other = TestSites.installed(scenario.site.host());
        assertThat(other.onIssue(TestSites.ADMIN, issue.id, "GET", "/api/requests/" + issue.id + "/specification", null)
            .status()).isEqualTo(404);
        assertThat(other
            .onIssue(TestSites.ADMIN, issue.id, "PUT", "/api/requests/" + issue.id + "/specification",
                    entries("specified", null, "specified", null, "specified", null))
            .status()).isEqualTo(404);
        assertThat(specification(REPORTER, issue.id).json()).containsEntry("specified", 0);

        // the Forge door: a Forge site of its own, its request ticked from its issue
        // panel
        ForgeSite forge = ForgeSite.installed(scenario.site.host());
        forge.jira().groups(REPORTER, "sales-team");
        String finance = department(forge, "Finance", List.of(Map.of("projectKey", "FIN")), "finance-team",
                FINANCE_LEAD);
        String sales = department(forge, "Sales", List.of(), "sales-team", SALES_LEAD);
        Map<String, Object> body = new HashMap<>(Map.of("providerId", finance, "customerId", sales,
                "providerOwnerAccountId", FINANCE_LEAD, "customerOwnerAccountId", SALES_LEAD));
        body.put("agreement", agreement(List.of("Deadline given")));
        String relationship = (String) forge.asAdmin("POST", "/api/relationships", body).json().get("id");
        forge.page(FINANCE_LEAD, "POST", "/api/relationships/" + relationship + "/confirmations", null);
        forge.page(SALES_LEAD, "POST", "/api/relationships/" + relationship + "/confirmations", null);
        long id = Long.parseLong(issue.id) + 500_000;
        JiraIssueJson forgeIssue = new JiraIssueJson(String.valueOf(id), "FIN-" + id, "FIN").reporter(REPORTER)
            .created(Instant.now().minusSeconds(60))
            .updated(Instant.now().minusSeconds(60));
        forge.jira().issue(forgeIssue);
        assertThat(forge.trigger("/forge/events/jira-issue", forgeIssue.forgeEvent("avi:jira:created:issue")).status())
            .isEqualTo(204);
        Eventually.await("the Forge issue to be internal",
                () -> forge.onIssue(REPORTER, forgeIssue.id, "GET", "/api/requests/" + forgeIssue.id, null),
                r -> r.status() == 200 && "internal".equals(r.json().get("state")));

        Response ticked = forge.onIssue(REPORTER, forgeIssue.id, "PUT",
                "/api/requests/" + forgeIssue.id + "/specification", entries("specified", null));
        assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
        assertThat(ticked.json()).containsEntry("complete", true).containsEntry("total", 1);
        // and the Connect site knows nothing of the Forge site's issue
        assertThat(specification(REPORTER, forgeIssue.id).status()).isEqualTo(404);
    }

    static String department(ForgeSite site, String name, List<Map<String, String>> projects, String group,
            String lead) {
        Response created = site.asAdmin("POST", "/api/departments",
                Map.of("name", name, "projects", projects, "groups", List.of(group), "leadAccountId", lead));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private static void assertField(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
        assertThat((String) response.json().get("message")).contains(message);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asList(Object value) {
        return (List<Map<String, Object>>) value;
    }

}
