package com.icr.review;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.EXPECTATIONS;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.satisfaction.CheckScenario;
import com.icr.support.AppTest;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/me/relationships}, the dashboard gadget's one call: each person sees
 * their own relationships with what needs them in their role, through either door, and
 * nothing of another site's.
 */
@AppTest
class MyRelationshipsApiTest {

    static final String SPONSOR = "557058:sam-sponsor";

    @LocalServerPort
    int port;

    @Test
    void eachRoleSeesWhatNeedsItAndNothingElse() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        CheckScenario checks = new CheckScenario(host);
        RequestScenario scenario = checks.requests;
        scenario.sponsoredBy(SPONSOR);
        TestSites site = scenario.site;

        // two open requests nobody said yes or no to: their first response (8 h) falls
        // due
        // within the day
        JiraIssueJson first = checks.createdIssue();
        JiraIssueJson second = checks.createdIssue();
        scenario.settled(REPORTER, first.id, "internal");
        scenario.settled(REPORTER, second.id, "internal");
        site.jiraSite().cannotBrowse(SPONSOR, second.id);
        // one resolved and rated 1 of 5, with a comment
        JiraIssueJson rated = checks.createdIssue();
        checks.deliver(checks.resolvedBody(rated, Instant.now().plusSeconds(1)));
        String checkId = (String) checks.awaitCurrent(rated.id, "awaiting").get("id");
        assertThat(checks.answer(REPORTER, checkId, Map.of("rating", 1, "met", "no", "comment", "Late again")).status())
            .isEqualTo(200);
        // new terms: a draft the provider's owner confirms, the customer's not yet
        Response changed = site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + scenario.relationshipId,
                Map.of("providerId", scenario.finance, "customerId", scenario.sales, "agreement",
                        Map.of("deliverables", List.of("Weekly pipeline report"), "expectations", EXPECTATIONS,
                                "customerGivesBack", "Deal data in the CRM by the 25th", "serviceTarget",
                                Map.of("firstResponseHours", 8, "resolutionHours", 72))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(
                site.as(FINANCE_LEAD, "POST", "/api/relationships/" + scenario.relationshipId + "/confirmations", null)
                    .status())
            .isEqualTo(200);
        // an entry of the review the customer's owner owns
        Response raised = site.as(SALES_LEAD, "POST", "/api/review-items",
                Map.of("relationshipId", scenario.relationshipId, "side", "customer", "kind", "frustration", "text",
                        "Reports come late", "ownerAccountId", SALES_LEAD));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);

        Map<String, Object> provider = onlyRelationship(site.as(FINANCE_LEAD, "GET", "/api/me/relationships", null));
        assertThat(provider).containsEntry("relationshipId", scenario.relationshipId)
            .containsEntry("name", "Finance → Sales")
            .containsEntry("roles", List.of("provider-owner"));
        assertThat(map(provider.get("headline"))).containsEntry("standing", "agreed-draft-pending")
            .containsEntry("open", 2);
        assertThat(kinds(provider)).containsExactly("decisions=2", "service=2", "ratings=1");
        assertThat(provider).containsEntry("attention", 5);
        assertThat(entries(provider, "decisions")).extracting(e -> e.get("issueKey"))
            .containsExactly(first.key, second.key);
        assertThat(entries(provider, "service"))
            .allSatisfy(e -> assertThat(e).containsEntry("due", "due-soon").containsEntry("target", "first-response"));
        assertThat(entries(provider, "ratings")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("issueKey", rated.key)
                .containsEntry("rating", 1)
                .containsEntry("text", "Late again"));

        Map<String, Object> customer = onlyRelationship(site.as(SALES_LEAD, "GET", "/api/me/relationships", null));
        assertThat(customer).containsEntry("roles", List.of("customer-owner"));
        assertThat(kinds(customer)).containsExactly("agreement=1", "items=1");
        assertThat(entries(customer, "agreement")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("version", 2));
        assertThat(entries(customer, "items")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("text", "Reports come late")
                .containsEntry("itemKind", "frustration"));

        // the sponsor: the escalations, and an issue they may not browse counted, not
        // named
        Map<String, Object> sponsor = onlyRelationship(site.as(SPONSOR, "GET", "/api/me/relationships", null));
        assertThat(sponsor).containsEntry("roles", List.of("executive-sponsor"));
        assertThat(kinds(sponsor)).containsExactly("service=2", "ratings=1");
        assertThat(entries(sponsor, "service")).extracting(e -> e.get("issueKey")).containsExactly(first.key, null);

        // someone with no part in it: an empty list, no error
        Response nobody = site.as(BYSTANDER, "GET", "/api/me/relationships", null);
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.jsonList("relationships")).isEmpty();
        assertThat(nobody.json().get("quarter").toString()).matches("\\d{4}-Q[1-4]");
        assertThat(site.as(ASSIGNEE, "GET", "/api/me/relationships", null).jsonList("relationships")).isEmpty();

        // the same people on another site (Connect or Forge) see nothing of this one
        TestSites other = TestSites.installed(host);
        assertThat(other.as(FINANCE_LEAD, "GET", "/api/me/relationships", null).jsonList("relationships")).isEmpty();
        ForgeSite forge = ForgeSite.installed(host);
        assertThat(forge.page(FINANCE_LEAD, "GET", "/api/me/relationships", null).jsonList("relationships")).isEmpty();
    }

    @Test
    void theForgeDoorAnswersTheSameForItsSite() {
        ForgeSite forge = ForgeSite.installed(new HostSimulator("http://localhost:" + port));
        String it = department(forge, "IT");
        String legal = department(forge, "Legal");
        Response created = forge.asAdmin("POST", "/api/relationships",
                Map.of("providerId", it, "customerId", legal, "providerOwnerAccountId", FINANCE_LEAD,
                        "customerOwnerAccountId", SALES_LEAD, "executiveSponsorAccountId", FINANCE_LEAD, "agreement",
                        Map.of("deliverables", List.of("Laptops"), "expectations", "Within a week", "customerGivesBack",
                                "Requests in the portal")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Response mine = forge.page(FINANCE_LEAD, "GET", "/api/me/relationships", null);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        Map<String, Object> relationship = onlyRelationship(mine);
        assertThat(relationship).containsEntry("name", "IT → Legal")
            .containsEntry("roles", List.of("provider-owner", "executive-sponsor"));
        assertThat(kinds(relationship)).containsExactly("agreement=1");
        assertThat(map(relationship.get("headline"))).containsEntry("standing", "draft");

        assertThat(forge.page(BYSTANDER, "GET", "/api/me/relationships", null).jsonList("relationships")).isEmpty();
        assertThat(forge.send("GET", "/api/me/relationships", "not-a-token", null).status()).isEqualTo(401);
    }

    private static String department(ForgeSite forge, String name) {
        Response created = forge.asAdmin("POST", "/api/departments", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private static Map<String, Object> onlyRelationship(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Map<String, Object>> relationships = response.jsonList("relationships");
        assertThat(relationships).hasSize(1);
        return relationships.get(0);
    }

    private static List<String> kinds(Map<String, Object> relationship) {
        return groups(relationship).stream().map(g -> g.get("kind") + "=" + g.get("count")).toList();
    }

    private static List<Map<String, Object>> entries(Map<String, Object> relationship, String kind) {
        return groups(relationship).stream()
            .filter(g -> kind.equals(g.get("kind")))
            .findFirst()
            .map(g -> list(g.get("entries")))
            .orElseThrow();
    }

    private static List<Map<String, Object>> groups(Map<String, Object> relationship) {
        return list(relationship.get("groups"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

}
