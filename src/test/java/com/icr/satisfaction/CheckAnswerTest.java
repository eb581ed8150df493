package com.icr.satisfaction;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestClock;
import com.icr.support.TestSites;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answering a check: who may, what a low or a high answer sets off, corrections, clarity,
 * bad input, other sites.
 */
@AppTest
class CheckAnswerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    CheckScenario scenario;

    JiraIssueJson issue;

    String checkId;

    @BeforeEach
    void setUp() {
        scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        issue = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(issue, Instant.now().plusSeconds(1)));
        checkId = (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyThePersonAskedMayAnswerAndTheAnswerCanBeCorrectedFor24Hours() {
        Response bystander = scenario.answer(BYSTANDER, checkId, Map.of("rating", 5, "met", "yes"));
        assertThat(bystander.status()).isEqualTo(403);
        assertThat(bystander.json().get("message").toString()).contains("Only the people this check asked");
        assertThat(scenario.answer(ASSIGNEE, checkId, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(403);

        Response answered = scenario.answer(REPORTER, checkId,
                Map.of("rating", 4, "met", "partly", "comment", "Good <script>alert(1)</script>"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Map<String, Object> current = asMap(answered.json().get("current"));
        assertThat(current).containsEntry("state", "answered");
        Map<String, Object> own = asMap(asMap(current.get("you")).get("answer"));
        assertThat(own).containsEntry("rating", 4)
            .containsEntry("met", "partly")
            .containsEntry("comment", "Good <script>alert(1)</script>");

        clock.advance(Duration.ofHours(23));
        assertThat(scenario.answer(REPORTER, checkId, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        Response late = scenario.answer(REPORTER, checkId, Map.of("rating", 1, "met", "no"));
        assertThat(late.status()).isEqualTo(409);
        Map<String, Object> seenByBystander = asMap(scenario.satisfaction(BYSTANDER, issue.id).json().get("current"));
        assertThat(scenario.asMapList(seenByBystander.get("answers"))).singleElement()
            .satisfies(a -> assertThat(a).containsEntry("rating", 5)
                .containsEntry("met", "yes")
                .containsEntry("accountId", REPORTER));
        assertThat(asMap(seenByBystander.get("you"))).containsEntry("asked", false).containsEntry("canAnswer", false);
        Map<String, Object> property = Eventually.await("the property with the answer",
                () -> scenario.requests.property(issue.id), p -> p != null && "answered".equals(p.get("satisfaction"))
                        && Double.valueOf(5.0).equals(((Number) p.get("rating")).doubleValue()));
        assertThat(property).containsEntry("met", "yes").doesNotContainKey("comment").doesNotContainValue(REPORTER);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        Map<Map<String, Object>, String> bad = new HashMap<>();
        bad.put(Map.of("met", "yes"), "rating");
        bad.put(Map.of("rating", 0, "met", "yes"), "rating");
        bad.put(Map.of("rating", 6, "met", "yes"), "rating");
        bad.put(Map.of("rating", 3), "met");
        bad.put(Map.of("rating", 3, "met", "mostly"), "met");
        bad.put(Map.of("rating", 3, "met", "yes", "comment", "x".repeat(2001)), "comment");
        bad.forEach((body, field) -> {
            Response answer = scenario.answer(REPORTER, checkId, body);
            assertThat(answer.status()).as(body.toString()).isEqualTo(400);
            assertThat(answer.json()).containsEntry("field", field);
        });
        assertThat(
                scenario.requests.site.as(REPORTER, "PUT", "/api/satisfaction/checks/" + checkId + "/answer", "[1,2]")
                    .status())
            .isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_answer where check_id = ?", Integer.class,
                checkId))
            .isZero();
        assertThat(scenario.answer(REPORTER, "not-a-check", Map.of("rating", 3, "met", "yes")).status()).isEqualTo(404);
    }

    @Test
    void anotherSitesTokenCannotReadOrAnswerTheCheck() {
        TestSites other = TestSites.installed(scenario.requests.site.host());
        other.jiraSite().issue(issue);

        assertThat(other
            .as(REPORTER, "PUT", "/api/satisfaction/checks/" + checkId + "/answer", Map.of("rating", 1, "met", "no"))
            .status()).isEqualTo(404);
        assertThat(other.as(REPORTER, "POST", "/api/satisfaction/checks/" + checkId + "/thanks", Map.of()).status())
            .isEqualTo(404);
        Response read = other.as(REPORTER, "GET", "/api/requests/" + issue.id + "/satisfaction", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.jsonList("history")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_answer where check_id = ?", Integer.class,
                checkId))
            .isZero();
    }

    @Test
    void whoCannotBrowseTheIssueLearnsNothingOfItsChecks() {
        scenario.requests.site.jiraSite().cannotBrowse(BYSTANDER);
        assertThat(scenario.satisfaction(BYSTANDER, issue.id).status()).isEqualTo(404);
        assertThat(scenario.answer(BYSTANDER, checkId, Map.of("rating", 1, "met", "no")).status()).isEqualTo(404);
    }

    @Test
    void aLowAnswerTellsTheRelationshipsProviderSideOwner() {
        assertThat(
                scenario.answer(REPORTER, checkId, Map.of("rating", 2, "met", "no", "comment", "Numbers did not match"))
                    .status())
            .isEqualTo(200);

        FakeJira.Notification low = Eventually
            .await("the owner told",
                    () -> scenario.notificationsAbout(issue.id)
                        .stream()
                        .filter(n -> n.users().contains(FINANCE_LEAD))
                        .toList(),
                    n -> !n.isEmpty())
            .get(0);
        assertThat(low.subject()).contains("low satisfaction answer").contains(issue.key);
        assertThat(low.textBody()).contains("2 of 5").contains("no");
        Map<String, Object> you = asMap(
                asMap(scenario.satisfaction(REPORTER, issue.id).json().get("current")).get("you"));
        assertThat(you).containsEntry("canThank", false);
        assertThat(
                scenario.requests.site.as(REPORTER, "POST", "/api/satisfaction/checks/" + checkId + "/thanks", Map.of())
                    .status())
            .isEqualTo(403);
    }

    @Test
    void aHighAnswerOffersAOneClickThankYouThatIsStoredShownOnTheDepartmentAndSentToTheAssignee() {
        assertThat(scenario.answer(REPORTER, checkId, Map.of("rating", 5, "met", "yes")).status()).isEqualTo(200);
        assertThat(asMap(asMap(scenario.satisfaction(REPORTER, issue.id).json().get("current")).get("you")))
            .containsEntry("canThank", true);

        Response thanked = scenario.requests.site.as(REPORTER, "POST",
                "/api/satisfaction/checks/" + checkId + "/thanks", Map.of("message", "Saved our <b>quarter</b>"));
        assertThat(thanked.status()).as(thanked.body()).isEqualTo(201);
        assertThat(asMap(asMap(thanked.json().get("current")).get("you"))).containsEntry("thanked", true)
            .containsEntry("canThank", false);
        assertThat(
                scenario.requests.site.as(REPORTER, "POST", "/api/satisfaction/checks/" + checkId + "/thanks", Map.of())
                    .status())
            .isEqualTo(409);

        Map<String, Object> onDepartment = scenario.requests.site
            .as(BYSTANDER, "GET", "/api/departments/" + scenario.requests.finance + "/thanks", null)
            .json();
        assertThat(onDepartment).containsEntry("total", 1);
        assertThat(scenario.asMapList(onDepartment.get("thanks"))).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("from", REPORTER)
                .containsEntry("to", List.of(ASSIGNEE))
                .containsEntry("issueKey", issue.key)
                .containsEntry("message", "Saved our <b>quarter</b>");
            assertThat(asMap(t.get("fromDepartment"))).containsEntry("name", "Sales");
        });
        FakeJira.Notification sent = Eventually.await("the assignee told",
                () -> scenario.notificationsAbout(issue.id).stream().filter(n -> n.users().contains(ASSIGNEE)).toList(),
                n -> !n.isEmpty())
            .get(0);
        assertThat(sent.htmlBody()).contains("Saved our &lt;b&gt;quarter&lt;/b&gt;").doesNotContain("<b>quarter");
    }

    @Test
    void theAssigneeRatesTheRequestsClarityWhenThePolicyAsksForIt() {
        assertThat(scenario.requests.site
            .as(ASSIGNEE, "PUT", "/api/satisfaction/checks/" + checkId + "/clarity", Map.of("rating", 2))
            .status()).isEqualTo(403);
        assertThat(scenario.requests.site.asAdmin("PUT", "/api/satisfaction/policy", Map.of("clarity", true)).status())
            .isEqualTo(200);
        JiraIssueJson next = scenario.createdIssue();
        scenario.deliver(scenario.resolvedBody(next, Instant.now().plusSeconds(1)));
        String nextCheck = (String) scenario.awaitCurrent(next.id, "awaiting").get("id");

        assertThat(scenario.requests.site
            .as(REPORTER, "PUT", "/api/satisfaction/checks/" + nextCheck + "/clarity", Map.of("rating", 5))
            .status()).isEqualTo(403);
        Response rated = scenario.requests.site.as(ASSIGNEE, "PUT",
                "/api/satisfaction/checks/" + nextCheck + "/clarity",
                Map.of("rating", 2, "comment", "Said leads, meant qualified leads"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(asMap(asMap(rated.json().get("current")).get("clarity"))).containsEntry("rating", 2)
            .containsEntry("accountId", ASSIGNEE);
        assertThat(scenario.requests.site
            .as(ASSIGNEE, "PUT", "/api/satisfaction/checks/" + nextCheck + "/clarity", Map.of("rating", 9))
            .json()).containsEntry("field", "rating");
    }

}
