package com.icr.jira;

import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One person cannot spend the site's Jira quota: the calls to Jira one user's requests
 * cause are limited per user and minute; over it that user gets 429 with Retry-After
 * while everyone else on the site goes on, and a refusal Jira gave is kept like any
 * answer, so asking again costs no call.
 */
@AppTest
class UserQuotaTest {

    private static final java.util.concurrent.atomic.AtomicLong UNKNOWN_IDS = new java.util.concurrent.atomic.AtomicLong(
            900_000_000L + (System.nanoTime() % 1000) * 100_000);

    @LocalServerPort
    int port;

    @Value("${icr.jira.user-calls-per-minute}")
    int limit;

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
    void oneUsersBurstOfPanelsHitsTheirOwnLimitWhileOthersOfTheSiteGoOn() {
        int before = scenario.site.jiraSite().permissionChecksBy(BYSTANDER);
        String firstRefused = String.valueOf(UNKNOWN_IDS.incrementAndGet());
        assertThat(scenario.view(BYSTANDER, firstRefused).status()).isEqualTo(404); // Jira:
                                                                                    // may
                                                                                    // not
                                                                                    // browse
                                                                                    // it

        Response over = null;
        for (int i = 0; i < limit + 10 && over == null; i++) {
            Response panel = scenario.view(BYSTANDER, String.valueOf(UNKNOWN_IDS.incrementAndGet()));
            if (panel.status() == 429) {
                over = panel;
            }
            else {
                assertThat(panel.status()).as(panel.body()).isEqualTo(404);
            }
        }

        assertThat(over).as("the burst met the per-user limit of " + limit + " calls a minute").isNotNull();
        assertThat(over.headers().firstValue("Retry-After")).get()
            .satisfies(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(over.json().get("message").toString()).contains("your own limit");
        assertThat(scenario.site.jiraSite().permissionChecksBy(BYSTANDER) - before)
            .as("Jira saw no more than that user's limit")
            .isLessThanOrEqualTo(limit);
        // another person of the same site is unaffected
        Response other = scenario.view(REPORTER, issue.id);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        // and a refusal Jira already gave is kept: asking again costs no call, so it is
        // answered even now
        int checks = scenario.site.jiraSite().permissionChecksBy(BYSTANDER);
        assertThat(scenario.view(BYSTANDER, firstRefused).status()).isEqualTo(404);
        assertThat(scenario.site.jiraSite().permissionChecksBy(BYSTANDER)).isEqualTo(checks);
    }

}
