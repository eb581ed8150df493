package com.icr.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A site set up the way a new customer would: Finance provides the FIN project's work,
 * Sales' people are in the sales-team group, and Finance serves Sales under an agreed
 * agreement with a service target. Issues go to the app as Jira's webhooks; the same
 * issue is kept in the fake Jira for fetches.
 */
public final class RequestScenario {

    public static final String REPORTER = "557058:rita-reporter";

    public static final String ASSIGNEE = "557058:alan-assignee";

    public static final String FINANCE_LEAD = "557058:fay-finance";

    public static final String SALES_LEAD = "557058:sid-sales";

    public static final String BYSTANDER = "557058:ben-bystander";

    public static final String EXPECTATIONS = "Figures reconciled with the ledger, <b>signed off</b> by the controller";

    private static final AtomicLong ISSUE_IDS = new AtomicLong(10_000 + (System.nanoTime() % 1000) * 1000);

    public final TestSites site;

    public final String finance;

    public final String sales;

    public final String relationshipId;

    public RequestScenario(HostSimulator host) {
        site = TestSites.installed(host);
        site.jiraSite()
            .groups(REPORTER, "sales-team", "everyone")
            .groups(ASSIGNEE, "finance-team")
            .groups(SALES_LEAD, "sales-team");
        finance = department("Finance", List.of(Map.of("projectKey", "FIN")), List.of("finance-team"), FINANCE_LEAD);
        sales = department("Sales", List.of(), List.of("sales-team"), SALES_LEAD);
        Response relationship = site.asAdmin("POST", "/api/relationships",
                Map.of("providerId", finance, "customerId", sales, "providerOwnerAccountId", FINANCE_LEAD,
                        "customerOwnerAccountId", SALES_LEAD, "agreement",
                        Map.of("deliverables", List.of("Monthly pipeline report"), "expectations", EXPECTATIONS,
                                "customerGivesBack", "Deal data in the CRM by the 25th", "serviceTarget",
                                Map.of("firstResponseHours", 8, "resolutionHours", 72))));
        assertThat(relationship.status()).as(relationship.body()).isEqualTo(201);
        relationshipId = (String) relationship.json().get("id");
        site.as(FINANCE_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);
        assertThat(site.as(SALES_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null).json())
            .containsEntry("standing", "agreed");
    }

    /**
     * An administrator names the relationship's executive sponsor; owners and terms stay
     * as they are.
     */
    public void sponsoredBy(String accountId) {
        Response sponsored = site.asAdmin("PUT", "/api/relationships/" + relationshipId,
                Map.of("providerId", finance, "customerId", sales, "providerOwnerAccountId", FINANCE_LEAD,
                        "customerOwnerAccountId", SALES_LEAD, "executiveSponsorAccountId", accountId, "agreement",
                        Map.of("deliverables", List.of("Monthly pipeline report"), "expectations", EXPECTATIONS,
                                "customerGivesBack", "Deal data in the CRM by the 25th", "serviceTarget",
                                Map.of("firstResponseHours", 8, "resolutionHours", 72))));
        assertThat(sponsored.status()).as(sponsored.body()).isEqualTo(200);
        assertThat(sponsored.json()).containsEntry("standing", "agreed");
    }

    public String department(String name, List<Map<String, String>> projects, List<String> groups, String lead) {
        Response created = site.asAdmin("POST", "/api/departments",
                Map.of("name", name, "projects", projects, "groups", groups, "leadAccountId", lead));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    /** A new FIN issue reported by someone in Sales, known to the fake Jira. */
    public JiraIssueJson newIssue() {
        long id = ISSUE_IDS.incrementAndGet();
        JiraIssueJson issue = new JiraIssueJson(String.valueOf(id), "FIN-" + id, "FIN").reporter(REPORTER)
            .assignee(ASSIGNEE)
            .created(Instant.now().minusSeconds(3600));
        site.jiraSite().issue(issue);
        return issue;
    }

    public Response webhook(Map<String, Object> body, String identifier) {
        return site.host().webhook(site.jira(), "/webhooks/jira/issue", body, identifier, 0);
    }

    public Response created(JiraIssueJson issue) {
        return webhook(issue.webhook("jira:issue_created", Instant.now().toEpochMilli()), "created-" + issue.id);
    }

    public Response view(String accountId, String issueId) {
        return site.as(accountId, "GET", "/api/requests/" + issueId, null);
    }

    /**
     * The request once the worker has applied what the webhooks said, as this user sees
     * it.
     */
    public Map<String, Object> settled(String accountId, String issueId, String state) {
        return Eventually
            .await("issue " + issueId + " to be " + state, () -> view(accountId, issueId),
                    r -> r.status() == 200 && state.equals(r.json().get("state")))
            .json();
    }

    public Map<String, Object> property(String issueId) {
        return site.jiraSite().property(issueId, "icr-request");
    }

}
