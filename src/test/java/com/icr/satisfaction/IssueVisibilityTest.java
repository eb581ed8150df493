package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.core.Quarter;
import com.icr.support.AppTest;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody learns of issues they cannot see: the yes/no tab, a department's thanks and the
 * quarterly review (page and export) name an issue, its key or its decline note, only to
 * readers who may browse it in Jira; the figures stay everyone's, and a page load asks
 * Jira once for all its issues, not once per issue.
 */
@AppTest
class IssueVisibilityTest {

    static final String NEWCOMER = "557058:nia-newcomer";
    static final String SECRET_NOTE = "Blocked by the unannounced merger";
    static final String OPEN_NOTE = "Ask Legal first";

    @LocalServerPort
    int port;

    CheckScenario scenario;

    TestSites site;

    FakeJira.Site jira;

    JiraIssueJson hidden;

    JiraIssueJson shown;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        site = scenario.requests.site;
        jira = site.jiraSite();
        hidden = scenario.createdIssue();
        shown = scenario.createdIssue();
        for (JiraIssueJson issue : List.of(hidden, shown)) {
            scenario.requests.settled(REPORTER, issue.id, "internal");
            Response declined = site.as(ASSIGNEE, "PUT", "/api/requests/" + issue.id + "/decision", Map.of("outcome",
                    "declined", "reason", "other", "note", issue == hidden ? SECRET_NOTE : OPEN_NOTE));
            assertThat(declined.status()).as(declined.body()).isEqualTo(200);
            scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));
            String checkId = (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
            assertThat(scenario.answer(REPORTER, checkId, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(200);
            Response thanked = site.as(REPORTER, "POST", "/api/satisfaction/checks/" + checkId + "/thanks",
                    Map.of("message", "Thank you"));
            assertThat(thanked.status()).as(thanked.body()).isEqualTo(201);
        }
        // each reader below may browse every issue of the site but the hidden one
        for (String reader : List.of(BYSTANDER, SALES_LEAD, NEWCOMER)) {
            jira.cannotBrowse(reader, hidden.id);
        }
    }

    @Test
    void theYesNoTabListsOnlyTheDeclinesOfIssuesTheReaderMayBrowseWithOneCallToJira() {
        String path = "/api/relationships/" + scenario.requests.relationshipId + "/decisions";
        int before = jira.permissionChecksBy(BYSTANDER);

        Response tab = site.as(BYSTANDER, "GET", path, null);

        assertThat(tab.status()).as(tab.body()).isEqualTo(200);
        assertThat(tab.json()).containsEntry("no", 2); // the figures are everyone's
        assertThat(tab.jsonList("reasons")).singleElement().satisfies(r -> assertThat(r).containsEntry("count", 2));
        assertThat(tab.jsonList("declined")).singleElement()
            .satisfies(d -> assertThat(d).containsEntry("issueId", shown.id)
                .containsEntry("issueKey", shown.key)
                .containsEntry("note", OPEN_NOTE));
        assertThat(tab.body()).doesNotContain(hidden.key)
            .doesNotContain(SECRET_NOTE)
            .doesNotContain("\"" + hidden.id + "\"");
        assertThat(jira.permissionChecksBy(BYSTANDER) - before).as("one bulk check for the page, not one per issue")
            .isEqualTo(1);
        site.as(BYSTANDER, "GET", path, null);
        assertThat(jira.permissionChecksBy(BYSTANDER) - before).as("the answer is kept").isEqualTo(1);

        Response lead = site.as(FINANCE_LEAD, "GET", path, null);
        assertThat(lead.jsonList("declined")).extracting(d -> d.get("issueKey"))
            .containsExactlyInAnyOrder(hidden.key, shown.key);
        assertThat(lead.body()).contains(SECRET_NOTE).contains(OPEN_NOTE);
    }

    @Test
    void aDepartmentsThanksNameOnlyIssuesTheReaderMayBrowse() {
        String path = "/api/departments/" + scenario.requests.finance + "/thanks";
        int before = jira.permissionChecksBy(SALES_LEAD);

        Response thanks = site.as(SALES_LEAD, "GET", path, null);

        assertThat(thanks.status()).as(thanks.body()).isEqualTo(200);
        assertThat(thanks.json()).containsEntry("total", 2);
        assertThat(thanks.jsonList("thanks")).hasSize(2)
            .extracting(t -> t.get("issueKey"))
            .containsExactlyInAnyOrder(shown.key, null);
        assertThat(thanks.body()).doesNotContain(hidden.key);
        assertThat(jira.permissionChecksBy(SALES_LEAD) - before).as("one bulk check for the page, not one per issue")
            .isEqualTo(1);

        assertThat(site.as(FINANCE_LEAD, "GET", path, null).jsonList("thanks")).extracting(t -> t.get("issueKey"))
            .containsExactlyInAnyOrder(hidden.key, shown.key);
    }

    @Test
    void theReviewPageNamesOnlyIssuesTheReaderMayBrowseAndItsExportNone() {
        String quarter = Quarter.parse("quarter", null, Clock.systemUTC()).period().key();
        String path = "/api/reviews?relationship=" + scenario.requests.relationshipId + "&quarter=" + quarter;
        int before = jira.permissionChecksBy(NEWCOMER);

        Response review = site.as(NEWCOMER, "GET", path, null);

        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.jsonList("appreciation")).hasSize(2)
            .extracting(a -> a.get("issueKey"))
            .containsExactlyInAnyOrder(shown.key, null);
        assertThat(review.body()).doesNotContain(hidden.key).doesNotContain(SECRET_NOTE);
        assertThat(jira.permissionChecksBy(NEWCOMER) - before)
            .as("whether they administer Jira, and one bulk check for the issues")
            .isLessThanOrEqualTo(2);

        assertThat(site.as(FINANCE_LEAD, "GET", path, null).jsonList("appreciation")).extracting(a -> a.get("issueKey"))
            .containsExactlyInAnyOrder(hidden.key, shown.key);

        // the export goes into a shared Confluence page: it has no one reader, so it
        // names no issue at all
        Response export = site.host()
            .page(site.confluence(), "/macros/matrix/export?mode=review&relationship="
                    + scenario.requests.relationshipId + "&quarter=" + quarter);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains("Appreciation")
            .doesNotContain(hidden.key)
            .doesNotContain(shown.key)
            .doesNotContain(SECRET_NOTE);
    }

}
