package com.icr.request;

import static com.icr.request.IssueWebhookTest.asMap;
import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import com.icr.support.TestClock;
import java.time.Duration;

/**
 * The panel's API: who sees what, the provider's decision with its history, corrections,
 * the yes/no tab.
 */
@AppTest
class RequestApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    RequestScenario scenario;

    TestSites site;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        site = scenario.site;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A new internal request, once the intake worker's own calls to Jira for it are done
     * (its last: the issue's property), so that a test counting or throttling calls sees
     * only its own.
     */
    private String internalRequest() {
        JiraIssueJson issue = scenario.newIssue();
        scenario.created(issue);
        scenario.settled(REPORTER, issue.id, "internal");
        Eventually.await("the worker's calls to Jira to end", () -> scenario.property(issue.id),
                p -> p != null && p.get("customer") != null);
        return issue.id;
    }

    private Response decide(String accountId, String issueId, Map<String, Object> body) {
        return site.as(accountId, "PUT", "/api/requests/" + issueId + "/decision", body);
    }

    @Test
    void onlyTheProvidersSideDecidesAndEveryDecisionStaysInTheHistory() {
        String id = internalRequest();
        assertThat(asMap(scenario.view(REPORTER, id).json().get("viewer"))).containsEntry("canDecide", false);
        assertThat(asMap(scenario.view(ASSIGNEE, id).json().get("viewer"))).containsEntry("canDecide", true);
        assertThat(asMap(scenario.view(FINANCE_LEAD, id).json().get("viewer"))).containsEntry("canDecide", true);

        assertThat(decide(REPORTER, id, Map.of("outcome", "accepted")).status()).isEqualTo(403);
        Response accepted = decide(ASSIGNEE, id, Map.of("outcome", "accepted"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(asMap(accepted.json().get("decision"))).containsEntry("outcome", "accepted")
            .containsEntry("byAccountId", ASSIGNEE);

        Response declined = decide(FINANCE_LEAD, id, Map.of("outcome", "declined", "reason", "no-capacity", "note",
                "Quarter close <script>alert(1)</script> first"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(asMap(declined.json().get("decision"))).containsEntry("outcome", "declined")
            .containsEntry("reason", "no-capacity")
            .containsEntry("reasonLabel", "No capacity this period")
            .containsEntry("note", "Quarter close <script>alert(1)</script> first");
        List<Map<String, Object>> history = declined.jsonList("history");
        assertThat(history).extracting(h -> h.get("outcome")).containsExactly("declined", "accepted");
        assertThat(history).extracting(h -> h.get("byAccountId")).containsExactly(FINANCE_LEAD, ASSIGNEE);
        // deciding counts as the provider's first response
        assertThat(asMap(asMap(declined.json().get("service")).get("firstResponse"))).containsEntry("state", "met");

        Map<String, Object> property = Eventually.await("the property to say declined", () -> scenario.property(id),
                p -> p != null && "declined".equals(p.get("decision")));
        assertThat(property).containsEntry("declineReason", "no-capacity")
            .containsEntry("customer", "Sales")
            .containsKey("decidedOn")
            .doesNotContainKey("note");
        assertThat(property.toString()).doesNotContain("Quarter close").doesNotContain(FINANCE_LEAD);
    }

    @Test
    void aBadDecisionIs400NamingTheFieldAndChangesNothing() {
        String id = internalRequest();
        assertThat(decide(ASSIGNEE, id, Map.of("outcome", "declined")).json()).containsEntry("status", 400)
            .containsEntry("field", "reason");
        assertThat(decide(ASSIGNEE, id, Map.of("outcome", "declined", "reason", "because")).json())
            .containsEntry("field", "reason");
        assertThat(decide(ASSIGNEE, id, Map.of("outcome", "declined", "reason", "other")).json()).containsEntry("field",
                "note");
        assertThat(
                decide(ASSIGNEE, id, Map.of("outcome", "declined", "reason", "other", "note", "x".repeat(1001))).json())
            .containsEntry("field", "note");
        assertThat(decide(ASSIGNEE, id, Map.of("outcome", "maybe")).json()).containsEntry("field", "outcome");
        assertThat(decide(ASSIGNEE, id, Map.of()).json()).containsEntry("field", "outcome");

        Map<String, Object> view = scenario.view(ASSIGNEE, id).json();
        assertThat(view.get("decision")).isNull();
        assertThat((List<?>) view.get("history")).isEmpty();
        assertThat(jdbc.queryForObject(
                "select count(*) from request_decision d join internal_request r on r.id = d.request_id where r.issue_id = ?",
                Integer.class, id))
            .isZero();
    }

    @Test
    void theYesNoTabAndTheMatrixCountTheDecisionsOfTheQuarter() {
        String yes1 = internalRequest();
        String yes2 = internalRequest();
        String no = internalRequest();
        internalRequest(); // undecided
        decide(ASSIGNEE, yes1, Map.of("outcome", "accepted"));
        decide(ASSIGNEE, yes2, Map.of("outcome", "declined", "reason", "duplicate"));
        decide(ASSIGNEE, yes2, Map.of("outcome", "accepted")); // changed its mind: counts
                                                               // once, as a yes
        decide(ASSIGNEE, no, Map.of("outcome", "declined", "reason", "out-of-scope", "note", "Ask Legal"));

        Response tab = site.as(REPORTER, "GET", "/api/relationships/" + scenario.relationshipId + "/decisions", null);

        assertThat(tab.status()).as(tab.body()).isEqualTo(200);
        assertThat(tab.json()).containsEntry("yes", 2).containsEntry("no", 1).containsEntry("undecided", 1);
        assertThat(tab.jsonList("reasons")).singleElement()
            .satisfies(r -> assertThat(r).containsEntry("reason", "out-of-scope").containsEntry("count", 1));
        assertThat(tab.jsonList("declined")).singleElement()
            .satisfies(d -> assertThat(d).containsEntry("issueId", no).containsEntry("note", "Ask Legal"));
        Map<String, Object> cell = site.asAdmin("GET", "/api/matrix?metric=yesno", null).jsonList("cells").get(0);
        assertThat(cell).containsEntry("label", "2 yes · 1 no").doesNotContainEntry("noData", true);
        assertThat(asMap(cell.get("counts"))).containsEntry("yes", 2).containsEntry("no", 1);
        assertThat(site.asAdmin("GET", "/api/matrix?metric=open", null).jsonList("cells").get(0)).containsEntry("label",
                "4 open");
        assertThat(site
            .as(REPORTER, "GET", "/api/relationships/" + scenario.relationshipId + "/decisions?period=2019-Q1", null)
            .json()).containsEntry("yes", 0).containsEntry("no", 0);
        assertThat(site
            .as(REPORTER, "GET", "/api/relationships/" + scenario.relationshipId + "/decisions?period=soon", null)
            .json()).containsEntry("field", "period");
    }

    @Test
    void theServiceMetricCountsResolvedRequestsAgainstTheAgreedTarget() {
        JiraIssueJson fast = scenario.newIssue();
        Instant created = Instant.now().minusSeconds(4 * 3600);
        fast.created(created).resolved(created.plusSeconds(2 * 3600));
        JiraIssueJson slow = scenario.newIssue();
        Instant oldCreated = Instant.now().minusSeconds(100 * 3600);
        slow.created(oldCreated).resolved(Instant.now().minusSeconds(60));
        scenario.webhook(fast.webhook("jira:issue_updated", Instant.now().toEpochMilli()), "fast-" + fast.id);
        scenario.webhook(slow.webhook("jira:issue_updated", Instant.now().toEpochMilli()), "slow-" + slow.id);
        scenario.settled(REPORTER, fast.id, "internal");
        Map<String, Object> slowView = scenario.settled(REPORTER, slow.id, "internal");
        assertThat(asMap(asMap(slowView.get("service")).get("resolution"))).containsEntry("state", "missed");

        // a declined request closed as "won't do" does not count
        JiraIssueJson declined = scenario.newIssue();
        scenario.created(declined);
        scenario.settled(REPORTER, declined.id, "internal");
        decide(ASSIGNEE, declined.id, Map.of("outcome", "declined", "reason", "out-of-scope"));
        declined.resolved(Instant.now());
        scenario.webhook(declined.webhook("jira:issue_updated", Instant.now().toEpochMilli()),
                "won't-do-" + declined.id);
        Eventually.await("the declined request resolved",
                () -> asMap(asMap(scenario.view(REPORTER, declined.id).json().get("service")).get("resolution"))
                    .get("doneAt"),
                java.util.Objects::nonNull);

        Map<String, Object> cell = site.asAdmin("GET", "/api/matrix?metric=service", null).jsonList("cells").get(0);
        assertThat(cell).containsEntry("label", "50% on target (2 resolved)");
        assertThat(asMap(cell.get("counts"))).containsEntry("onTarget", 1).containsEntry("missed", 1);
    }

    @Test
    void thePanelOfItsOwnIssueReadsWithoutAskingJiraAndATokenForAnotherIssueIsNeverTrusted() {
        JiraIssueJson issue = scenario.newIssue();
        scenario.created(issue);
        scenario.settled(REPORTER, issue.id, "internal");
        JiraIssueJson other = scenario.newIssue();
        scenario.created(other);
        scenario.settled(REPORTER, other.id, "internal");
        site.jiraSite().cannotBrowse(BYSTANDER).clearCalls();

        // the assignee's first view asks Jira one thing, whether they administer it;
        // their next view asks nothing
        assertThat(panel(ASSIGNEE, issue.id)).containsEntry("canDecide", true).containsEntry("canCorrect", true);
        assertThat(panelCalls()).hasSizeLessThanOrEqualTo(1)
            .allMatch(call -> call.startsWith("POST /rest/api/3/permissions/check"));
        site.jiraSite().clearCalls();
        assertThat(panel(ASSIGNEE, issue.id)).containsEntry("canDecide", true);
        assertThat(panel(REPORTER, issue.id)).containsEntry("canDecide", false).containsEntry("canCorrect", true);
        assertThat(panelCalls()).isEmpty();

        // a token for another issue reads this one only if Jira says the caller may
        // browse it
        assertThat(site.onIssue(BYSTANDER, other.id, "GET", "/api/requests/" + issue.id, null).status()).isEqualTo(404);
        assertThat(
                site.onIssue(BYSTANDER, other.id, "GET", "/api/requests/" + issue.id + "/satisfaction", null).status())
            .isEqualTo(404);
        assertThat(panelCalls()).anyMatch(call -> call.startsWith("POST /rest/api/3/permissions/check"));
        assertThat(site.onIssue(REPORTER, other.id, "GET", "/api/requests/" + issue.id, null).status()).isEqualTo(200);
        // someone the app knows no part for may read what Jira showed them, and do
        // nothing with it
        assertThat(panel(BYSTANDER, issue.id)).containsEntry("canDecide", false).containsEntry("canCorrect", false);
    }

    @Test
    void aRepeatViewFollowsWhatChangedSinceTheRequestTheDepartmentsAndTheRelationship() {
        JiraIssueJson issue = scenario.newIssue();
        scenario.created(issue);
        scenario.settled(REPORTER, issue.id, "internal");
        assertThat(panel("557058:nina-new-lead", issue.id)).containsEntry("canDecide", false);

        // a new lead for Finance (the site's data changed): the new lead decides
        Response moved = site.asAdmin("PUT", "/api/departments/" + scenario.finance,
                Map.of("name", "Finance", "projects", List.of(Map.of("projectKey", "FIN")), "groups",
                        List.of("finance-team"), "leadAccountId", "557058:nina-new-lead"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(panel("557058:nina-new-lead", issue.id)).containsEntry("canDecide", true);

        // the request itself changed (a decision): the next view shows it
        assertThat(site.as(ASSIGNEE, "PUT", "/api/requests/" + issue.id + "/decision", Map.of("outcome", "accepted"))
            .status()).isEqualTo(200);
        Response again = site.onIssue(REPORTER, issue.id, "GET", "/api/requests/" + issue.id, null);
        assertThat(asMap(again.json().get("decision"))).containsEntry("outcome", "accepted");
    }

    @Test
    void aRepeatViewReadsNothingForAWhileAndThenSeesWhatAnotherNodeChanged() {
        String id = internalRequest();
        assertThat(site.onIssue(REPORTER, id, "GET", "/api/requests/" + id, null).json())
            .doesNotContainEntry("issueKey", "FIN-MOVED");

        // another node sharing the database changes the request (its version moves): this
        // node cannot know until it reads the version again
        jdbc.update("update internal_request set issue_key = 'FIN-MOVED', version = version + 1 where issue_id = ?",
                id);
        Map<String, Object> trusted = site.onIssue(REPORTER, id, "GET", "/api/requests/" + id, null).json();
        clock.advance(Duration.ofSeconds(6)); // past icr.request-views.trusted-for (5 s)
        Map<String, Object> read = site.onIssue(REPORTER, id, "GET", "/api/requests/" + id, null).json();

        assertThat(trusted).as("within the trusted time, the kept view").doesNotContainEntry("issueKey", "FIN-MOVED");
        assertThat(read).as("after it, the version is read again").containsEntry("issueKey", "FIN-MOVED");
    }

    /**
     * The calls a panel load can make (the permission check, the issue); the intake
     * worker's own calls (the issue's entity property, the reporter's groups) may land at
     * any time and are not the panel's.
     */
    private List<String> panelCalls() {
        return site.jiraSite()
            .calls()
            .stream()
            .filter(call -> call.startsWith("POST /rest/api/3/permissions/check")
                    || (call.startsWith("GET /rest/api/3/issue/") && !call.contains("/properties/")))
            .toList();
    }

    /**
     * What the panel loads: the request and its satisfaction checks, with the panel's own
     * context token.
     */
    private Map<String, Object> panel(String accountId, String issueId) {
        Response request = site.onIssue(accountId, issueId, "GET", "/api/requests/" + issueId, null);
        assertThat(request.status()).as(request.body()).isEqualTo(200);
        Response checks = site.onIssue(accountId, issueId, "GET", "/api/requests/" + issueId + "/satisfaction", null);
        assertThat(checks.status()).as(checks.body()).isEqualTo(200);
        return asMap(request.json().get("viewer"));
    }

    @Test
    void thePeopleOfTheRequestCorrectTheDepartmentsOthersCannot() {
        String other = scenario.department("Marketing", List.of(), List.of("marketing-team"), "557058:mo-marketing");
        JiraIssueJson unmapped = new JiraIssueJson("99" + System.nanoTime() % 1_000_000, "OPS-7", "OPS")
            .reporter(REPORTER);
        site.jiraSite().issue(unmapped);
        scenario.created(unmapped);
        Map<String, Object> view = scenario.settled(REPORTER, unmapped.id, "not-internal");
        assertThat((String) view.get("explanation")).contains("OPS").contains("not mapped");

        Map<String, Object> both = Map.of("providerId", scenario.finance, "customerId", other);
        assertThat(site.as(BYSTANDER, "PUT", "/api/requests/" + unmapped.id + "/departments", both).status())
            .isEqualTo(403);
        assertThat(site
            .as(REPORTER, "PUT", "/api/requests/" + unmapped.id + "/departments",
                    Map.of("providerId", scenario.finance, "customerId", scenario.finance))
            .json()).containsEntry("field", "customerId");
        assertThat(site
            .as(REPORTER, "PUT", "/api/requests/" + unmapped.id + "/departments",
                    Map.of("providerId", "no-such-department"))
            .json()).containsEntry("field", "providerId");

        Response corrected = site.as(REPORTER, "PUT", "/api/requests/" + unmapped.id + "/departments", both);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json()).containsEntry("state", "internal")
            .containsEntry("providerSource", "corrected")
            .containsEntry("customerSource", "corrected");
        assertThat(asMap(corrected.json().get("customer"))).containsEntry("name", "Marketing");
        // back to automatic customer: the reporter's groups say Sales
        Response automatic = site.as(REPORTER, "PUT", "/api/requests/" + unmapped.id + "/departments",
                java.util.Collections.singletonMap("providerId", scenario.finance));
        assertThat(automatic.status()).isEqualTo(200);
        Map<String, Object> settled = scenario.settled(REPORTER, unmapped.id, "internal");
        assertThat(asMap(settled.get("customer"))).containsEntry("name", "Sales");
        assertThat(settled).containsEntry("customerSource", "reporter-groups");
    }

    @Test
    void whenJiraAsksToSlowDownThePanelSays503WithTheWaitAndAsksJiraNothingMeanwhile() {
        String id = internalRequest();
        site.jiraSite().throttleNext(1, 30);
        site.jiraSite().clearCalls();

        Response throttled = scenario.view(BYSTANDER, id);

        assertThat(throttled.status()).isEqualTo(503);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("30");
        Response meanwhile = scenario.view(ASSIGNEE, id);
        assertThat(meanwhile.status()).isEqualTo(503);
        assertThat(Integer.parseInt(meanwhile.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 30);
        assertThat(site.jiraSite().calls()).hasSize(1);
    }

    @Test
    void someoneWhoCannotBrowseTheIssueLearnsNothingOfIt() {
        String id = internalRequest();
        site.jiraSite().cannotBrowse(BYSTANDER);
        assertThat(scenario.view(BYSTANDER, id).status()).isEqualTo(404);
        assertThat(site.as(BYSTANDER, "GET", "/api/requests/12345x", null).status()).isEqualTo(404);
        assertThat(site.host().send("GET", "/api/requests/" + id, null, null).status()).isEqualTo(401);
    }

    @Test
    void aPanelLoadCostsAtMostTwoCallsToJira() {
        String known = internalRequest();
        site.jiraSite().clearCalls();
        scenario.view(BYSTANDER, known);
        scenario.view(BYSTANDER, known); // a poll a moment later
        assertThat(site.jiraSite().calls()).containsExactly("POST /rest/api/3/permissions/check");

        // an issue created before the app was installed: no webhook ever came
        JiraIssueJson old = scenario.newIssue();
        site.jiraSite().groups("557058:early-reporter", "sales-team");
        old.reporter("557058:early-reporter");
        site.jiraSite().issue(old);
        site.jiraSite().clearCalls();
        Response first = scenario.view(BYSTANDER, old.id);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("state")).isIn("looking-up", "internal");
        // the panel's two calls come first; the worker's lookup of the reporter's groups
        // can only follow them,
        // as the panel's request stores the issue before the worker hears of it
        List<String> calls = site.jiraSite().calls();
        assertThat(calls.subList(0, 2)).satisfiesExactly(
                c -> assertThat(c).startsWith("POST /rest/api/3/permissions/check"),
                c -> assertThat(c).startsWith("GET /rest/api/3/issue/" + old.id));
        assertThat(calls.subList(2, calls.size())).allMatch(c -> c.startsWith("GET /rest/api/3/user/groups"));
        Map<String, Object> settled = scenario.settled(BYSTANDER, old.id, "internal");
        assertThat(asMap(settled.get("customer"))).containsEntry("name", "Sales");
        // the reporter's groups were looked up by the intake worker, not by the panel's
        // request
        assertThat(site.jiraSite().calls()).filteredOn(c -> c.startsWith("GET /rest/api/3/user/groups")).hasSize(1);

        site.jiraSite().clearCalls();
        assertThat(scenario.view(BYSTANDER, "777777777").status()).isEqualTo(404);
    }

}
