package com.icr.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.satisfaction.CheckScenario;
import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.JiraIssueJson;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestClock;
import com.icr.support.TestSites;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * Licensing through the Connect door: the server asks the site's Jira for the app's own
 * licence, signed as the app, keeps the answer for {@code icr.licence.ttl}, and an
 * inactive site reads but changes nothing; the {@code lic} parameter of a URL decides
 * nothing.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class LicensingTest {

    static final String INACTIVE = "The licence for Internal Customer Relationships is not active on this site,"
            + " so changes are not saved. Ask a site administrator to renew it in Manage apps.";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    HostSimulator host;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anActiveSiteEditsAndSaysItIsActive() {
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(true, false);
        assertThat(createDepartment(site, "Finance").status()).isEqualTo(201);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "active");
    }

    @Test
    void anEvaluationSiteEditsAndSaysItIsAnEvaluation() {
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(true, true);
        assertThat(createDepartment(site, "Finance").status()).isEqualTo(201);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "evaluation");
    }

    @Test
    void aSiteJiraReportsNoLicenceForIsAFreeOrDevelopmentInstallAndEdits() {
        TestSites site = TestSites.installed(host);
        assertThat(createDepartment(site, "Finance").status()).isEqualTo(201);
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "active");
    }

    @Test
    void anInactiveSiteReadsButItsWritesAreRefusedAndChangeNothing() {
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(false, false);
        Response refused = createDepartment(site, "Finance");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("message", INACTIVE);
        // from Confluence too: the licence is the site's
        assertThat(site.fromConfluence(TestSites.ADMIN, "POST", "/api/departments", department("Sales")).status())
            .isEqualTo(403);
        Response departments = site.asAdmin("GET", "/api/departments?includeArchived=true", null);
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.jsonList()).isEmpty();
        assertThat(site.asAdmin("GET", "/api/site", null).json()).containsEntry("licence", "inactive");
    }

    @Test
    void licActiveInTheQueryUnlocksNothing() {
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(false, false);
        Response refused = site.asAdmin("POST", "/api/departments?lic=active", department("Finance"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("message", INACTIVE);
        assertThat(site.asAdmin("GET", "/api/site?lic=active", null).json()).containsEntry("licence", "inactive");
    }

    @Test
    void theLicenceJiraReportedIsKeptForItsTtlThenAskedAgain() {
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(true, false);
        assertThat(createDepartment(site, "Finance").status()).isEqualTo(201);
        int asked = site.jiraSite().licenceChecks();
        assertThat(asked).isPositive();

        site.jiraSite().licence(false, false);
        clock.advance(Duration.ofMinutes(4));
        assertThat(createDepartment(site, "Sales").status()).as("still within the 5 minutes").isEqualTo(201);
        assertThat(site.jiraSite().licenceChecks()).isEqualTo(asked);

        clock.advance(Duration.ofMinutes(2));
        assertThat(createDepartment(site, "Legal").status()).isEqualTo(403);
        assertThat(site.jiraSite().licenceChecks()).isEqualTo(asked + 1);

        // renewed: writes come back once the refusal's answer expires
        site.jiraSite().licence(true, false);
        clock.advance(Duration.ofMinutes(6));
        assertThat(createDepartment(site, "Legal").status()).isEqualTo(201);
    }

    @Test
    void anInactiveSitesWebhooksAreAppliedButNobodyIsNotifiedNorAnswersACheck(CapturedOutput output) {
        CheckScenario checks = new CheckScenario(host);
        TestSites site = checks.requests.site;
        site.jiraSite().licence(false, false);
        clock.advance(Duration.ofMinutes(6)); // past what the scenario's writes left kept

        JiraIssueJson issue = checks.createdIssue();
        checks.requests.settled(RequestScenario.REPORTER, issue.id, "internal");
        checks.deliver(checks.resolvedBody(issue, Instant.now()));
        String checkId = (String) checks.awaitCurrent(issue.id, "awaiting").get("id");
        Eventually.await("the notice to be dropped", output::getOut,
                out -> out.contains("has no active licence: a notice to 1 people was not sent"));
        assertThat(site.jiraSite().notifications()).noneMatch(n -> n.issueId().equals(issue.id));

        Response answer = checks.answer(RequestScenario.REPORTER, checkId,
                Map.of("rating", 5, "met", "yes", "comment", "Quick and right"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json()).containsEntry("message", INACTIVE);
        assertThat(checks.awaitCurrent(issue.id, "awaiting")).containsEntry("id", checkId);
    }

    private static Response createDepartment(TestSites site, String name) {
        return site.asAdmin("POST", "/api/departments", department(name));
    }

    private static Map<String, Object> department(String name) {
        return Map.of("name", name, "projects", List.of(), "groups", List.of(), "leadAccountId", TestSites.ADMIN);
    }

}
