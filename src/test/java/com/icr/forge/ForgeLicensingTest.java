package com.icr.forge;

import static com.icr.forge.ForgeDoorTest.FINANCE_LEAD;
import static com.icr.forge.ForgeDoorTest.REPORTER;
import static com.icr.forge.ForgeDoorTest.SALES_LEAD;
import static com.icr.forge.ForgeDoorTest.department;
import static com.icr.forge.ForgeDoorTest.relationshipBody;
import static com.icr.forge.ForgeDoorTest.settled;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * Licensing through the Forge door: each invocation token's {@code app.license} decides;
 * an inactive site reads, its writes are refused and change nothing, its triggers are
 * still applied, and nobody is notified.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ForgeLicensingTest {

    static final String INACTIVE = "The licence for Internal Customer Relationships is not active on this site,"
            + " so changes are not saved. Ask a site administrator to renew it in Manage apps.";

    private static final AtomicLong ISSUE_IDS = new AtomicLong(90_000 + (System.nanoTime() % 1000) * 1000);

    @LocalServerPort
    int port;

    HostSimulator host;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
    }

    @Test
    void anActiveLicenceEditsAndSaysSo() {
        ForgeSite site = ForgeSite.installed(host).licence(Map.of("active", true, "isEvaluation", false));
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "active");
    }

    @Test
    void anEvaluationEditsAndSaysItIsAnEvaluation() {
        ForgeSite site = ForgeSite.installed(host).licence(Map.of("active", true, "isEvaluation", true));
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "evaluation");
    }

    @Test
    void aTokenWithoutALicenceIsAFreeOrDevelopmentInstallAndEdits() {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "active");
    }

    @Test
    void anInactiveLicenceReadsButRefusesWritesAndLicInTheQueryUnlocksNothing() {
        ForgeSite site = ForgeSite.installed(host);
        department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        site.licence(Map.of("active", false));
        Response refused = site.asAdmin("POST", "/api/departments?lic=active",
                Map.of("name", "Sales", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("message", INACTIVE);
        assertThat(ForgeDoorTest.names(site.asAdmin("GET", "/api/departments?includeArchived=true", null)))
            .containsExactly("Finance");
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "inactive");

        // renewed: the next token says so, at once
        site.licence(Map.of("active", true));
        assertThat(site
            .asAdmin("POST", "/api/departments",
                    Map.of("name", "Sales", "projects", List.of(), "groups", List.of(), "leadAccountId", SALES_LEAD))
            .status()).isEqualTo(201);
    }

    @Test
    void anInactiveSitesTriggersAreAppliedButNobodyIsNotified(CapturedOutput output) {
        ForgeSite site = ForgeSite.installed(host);
        site.jira().groups(REPORTER, "sales-team");
        String finance = department(site, "Finance", "FIN", "finance-team", FINANCE_LEAD);
        String sales = department(site, "Sales", null, "sales-team", SALES_LEAD);
        String relationshipId = (String) site.asAdmin("POST", "/api/relationships", relationshipBody(finance, sales))
            .json()
            .get("id");
        site.page(FINANCE_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);
        site.page(SALES_LEAD, "POST", "/api/relationships/" + relationshipId + "/confirmations", null);

        site.licence(Map.of("active", false));
        long id = ISSUE_IDS.incrementAndGet();
        Instant now = Instant.now();
        JiraIssueJson issue = new JiraIssueJson(String.valueOf(id), "FIN-" + id, "FIN").reporter(REPORTER)
            .created(now.minusSeconds(3600))
            .updated(now.minusSeconds(3600));
        site.jira().issue(issue);
        assertThat(site.trigger("/forge/events/jira-issue", issue.forgeEvent("avi:jira:created:issue")).status())
            .isEqualTo(204);
        settled(site, issue.id, "internal");
        site.jira()
            .issue(new JiraIssueJson(issue.id, issue.key, "FIN").reporter(REPORTER)
                .created(now.minusSeconds(3600))
                .updated(now.minusSeconds(5))
                .status("done")
                .resolved(now.minusSeconds(5)));
        assertThat(site.trigger("/forge/events/jira-issue", issue.forgeEvent("avi:jira:updated:issue")).status())
            .isEqualTo(204);

        // the resolution is applied: the check is open, the property written
        Eventually.await("the check to be open",
                () -> site.onIssue(REPORTER, issue.id, "GET", "/api/requests/" + issue.id + "/satisfaction", null),
                r -> r.status() == 200 && r.jsonList("history").size() == 1);
        Eventually.await("the notice to be dropped", () -> output.getOut(),
                out -> out.contains("has no active licence: a notice to 1 people was not sent"));
        assertThat(site.jira().notifications()).noneMatch(n -> n.issueId().equals(issue.id));
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "inactive");
    }

}
