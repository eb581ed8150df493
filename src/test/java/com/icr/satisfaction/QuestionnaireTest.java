package com.icr.satisfaction;

import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.satisfaction.CheckScenario.asMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.icr.support.AppTest;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Questionnaires as a new site would use them: an administrator gives a relationship its
 * own questionnaire (0 to 10 and extra questions), a request is resolved, the check asks
 * that questionnaire, the answer is counted per question and as NPS beside (never in) the
 * 1 to 5 average, the CSV holds it, and a later save leaves it on its version.
 */
@AppTest
class QuestionnaireTest {

    @LocalServerPort
    int port;

    static Map<String, Object> question(String id, String label, String kind, List<String> options, boolean required) {
        Map<String, Object> q = new HashMap<>();
        q.put("id", id);
        q.put("label", label);
        q.put("kind", kind);
        q.put("options", options);
        q.put("required", required);
        return q;
    }

    static Map<String, Object> nps() {
        return Map.of("scale", "0-10", "questions",
                List.of(question("channel", "How did you reach us?", "choice", List.of("Email", "Portal", "=Phone"),
                        true), question("again", "Would you ask us again?", "yes-partly-no", null, false),
                        question(null, "What should we keep doing?", "text", null, false)));
    }

    @Test
    void aCustomQuestionnaireIsAskedAnsweredAndCountedOnItsVersion() {
        CheckScenario scenario = new CheckScenario(new HostSimulator("http://localhost:" + port));
        TestSites site = scenario.requests.site;
        String relationship = scenario.requests.relationshipId;
        // the site's default first: 1 to 5 with one extra rating; a check of another
        // relationship would ask it
        assertThat(site
            .asAdmin("PUT", "/api/questionnaire",
                    Map.of("scale", "1-5", "questions", List.of(question("speed", "How fast?", "rating", null, false))))
            .status()).isEqualTo(200);
        Response own = site.asAdmin("PUT", "/api/relationships/" + relationship + "/questionnaire", nps());
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json()).containsEntry("scope", "relationship")
            .containsEntry("number", 1)
            .containsEntry("scale", "0-10")
            .containsEntry("inherited", false);
        assertThat(scenario.asMapList(own.json().get("questions"))).extracting(q -> q.get("id"))
            .containsExactly("channel", "again", "q1");

        String checkId = resolvedAndAsked(scenario);
        Map<String, Object> check = scenario.awaitCurrent(checkIssue, "awaiting");
        Map<String, Object> asked = asMap(check.get("questionnaire"));
        assertThat(asked).containsEntry("scale", "0-10").containsEntry("id", own.json().get("id"));

        // required question left out, and 5 out of 0..10 allowed but 11 refused: field
        // named
        Response missing = scenario.answer(REPORTER, checkId, Map.of("rating", 9, "met", "yes"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).containsEntry("field", "answers.channel");
        Response outOfRange = scenario.answer(REPORTER, checkId,
                Map.of("rating", 11, "met", "yes", "answers", Map.of("channel", "Email")));
        assertThat(outOfRange.json()).containsEntry("field", "rating");
        assertThat((String) outOfRange.json().get("message")).contains("0 to 10");
        Response wrongChoice = scenario.answer(REPORTER, checkId,
                Map.of("rating", 9, "met", "yes", "answers", Map.of("channel", "Fax")));
        assertThat(wrongChoice.json()).containsEntry("field", "answers.channel");
        assertThat(scenario.satisfaction(REPORTER, checkIssue).json().get("current"))
            .satisfies(c -> assertThat(scenario.asMapList(asMap(c).get("answers"))).isEmpty());

        Response answered = scenario.answer(REPORTER, checkId, Map.of("rating", 9, "met", "yes", "comment", "Quick",
                "answers", Map.of("channel", "=Phone", "again", "yes", "q1", "Keep the portal")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Map<String, Object> answer = scenario.asMapList(asMap(answered.json().get("current")).get("answers")).get(0);
        assertThat(answer).containsEntry("rating", 9).containsEntry("scale", "0-10");
        assertThat(asMap(answer.get("answers"))).containsEntry("channel", "=Phone")
            .containsEntry("q1", "Keep the portal");
        // the issue's summary (JQL's icrRating) is a 1 to 5 average: a 9 of 10 is not one
        Map<String, Object> property = com.icr.support.Eventually.await("the property with the answer",
                () -> scenario.requests.property(checkIssue),
                p -> p != null && "answered".equals(p.get("satisfaction")));
        assertThat(property).containsEntry("met", "yes").containsEntry("rating", null);

        // a new version later: the answer stays on the one it was given on
        Response next = site.asAdmin("PUT", "/api/relationships/" + relationship + "/questionnaire",
                Map.of("scale", "1-5", "questions", List.of()));
        assertThat(next.json()).containsEntry("number", 2).containsEntry("scale", "1-5");
        // a correction within the day keeps the check's version and scale
        Response corrected = scenario.answer(REPORTER, checkId,
                Map.of("rating", 10, "met", "yes", "answers", Map.of("channel", "Portal")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);

        Map<String, Object> quarter = scenario
            .asMapList(site
                .as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/satisfaction?period=2026-Q4&quarters=1",
                        null)
                .json()
                .get("quarters"))
            .get(0);
        assertThat(quarter).containsEntry("answered", 1)
            .containsEntry("averageRating", null)
            .containsEntry("ratings", 0);
        assertThat(asMap(quarter.get("nps"))).containsEntry("answers", 1)
            .containsEntry("promoters", 1)
            .containsEntry("detractors", 0)
            .containsEntry("score", 100.0);
        assertThat(site.asAdmin("GET", "/api/matrix?metric=satisfaction&period=2026-Q4", null).jsonList("cells").get(0))
            .containsEntry("label", "NPS +100 · 100 % met · 1 of 1 answered");

        Map<String, Object> figures = site
            .as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/questionnaire/figures?period=2026-Q4", null)
            .json();
        List<Map<String, Object>> versions = scenario.asMapList(figures.get("versions"));
        assertThat(versions).hasSize(1);
        assertThat(asMap(versions.get(0).get("questionnaire"))).containsEntry("number", 1);
        assertThat(versions.get(0)).containsEntry("answers", 1).containsEntry("averageRating", null);
        assertThat((Double) asMap(versions.get(0).get("nps")).get("score")).isCloseTo(100.0, within(1e-9));
        List<Map<String, Object>> questions = scenario.asMapList(versions.get(0).get("questions"));
        assertThat(asMap(questions.get(0).get("counts"))).containsEntry("Portal", 1).containsEntry("=Phone", 0);
        assertThat(asMap(questions.get(1).get("counts"))).containsEntry("yes", 0);
        assertThat(questions.get(1)).containsEntry("answered", 0);

        Response csv = site.asAdmin("GET", "/api/relationships/" + relationship + "/answers.csv?period=2026-Q4", null);
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("issue_key,questionnaire,questionnaire_version,scale,rating,met,comment,"
                + "account_id,account_name,answered_at,question_channel,question_again,question_q1");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("FIN-")
            .contains(",relationship,1,0-10,10,yes,,557058:rita-reporter,")
            .endsWith(",Portal,,");
        // someone who may not browse the issue exports no row of it
        site.jiraSite().cannotBrowse(BYSTANDER);
        assertThat(site.as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/answers.csv?period=2026-Q4", null)
            .body()
            .split("\r\n")).hasSize(1);

        // back to the site's default: inherited; the old versions' answers stay counted
        Response back = site.asAdmin("DELETE", "/api/relationships/" + relationship + "/questionnaire", null);
        assertThat(back.json()).containsEntry("inherited", true).containsEntry("scope", "site");
        assertThat(scenario.asMapList(site
            .as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/questionnaire/figures?period=2026-Q4", null)
            .json()
            .get("versions"))).hasSize(1);
    }

    private String checkIssue;

    private String resolvedAndAsked(CheckScenario scenario) {
        JiraIssueJson issue = scenario.createdIssue();
        issue.resolved(Instant.now()).updated(Instant.now());
        scenario.requests.site.jiraSite().issue(issue);
        scenario.deliver(issue.webhook("jira:issue_updated", Instant.now().plusSeconds(1).toEpochMilli()));
        checkIssue = issue.id;
        return (String) scenario.awaitCurrent(issue.id, "awaiting").get("id");
    }

    @Test
    void badQuestionnairesAreRefusedNamingTheFieldAndChangeNothing() {
        TestSites site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        assertField(site.asAdmin("PUT", "/api/questionnaire", Map.of("scale", "1-7")), "scale", "1-5 or 0-10");
        assertField(
                site.asAdmin("PUT", "/api/questionnaire", Map.of("scale", "1-5", "questions",
                        List.of(question(null, "A", "text", null, false), question(null, "B", "text", null, false),
                                question(null, "C", "text", null, false), question(null, "D", "text", null, false),
                                question(null, "E", "text", null, false), question(null, "F", "text", null, false)))),
                "questions", "at most 5");
        assertField(
                site.asAdmin("PUT", "/api/questionnaire",
                        Map.of("scale", "1-5", "questions",
                                List.of(question(null, "Fine", "text", null, false),
                                        question(null, "Pick", "choice", List.of("Only one"), true)))),
                "questions[1].options", "2 to 10 options");
        assertField(
                site.asAdmin("PUT", "/api/questionnaire",
                        Map.of("scale", "1-5", "questions",
                                List.of(question(null, "Pick", "choice", List.of("Same", "Same"), true)))),
                "questions[0].options[1]", "given twice");
        assertField(
                site.asAdmin("PUT", "/api/questionnaire",
                        Map.of("scale", "1-5", "questions",
                                List.of(question(null, "x".repeat(201), "text", null, true)))),
                "questions[0].label", "at most 200");
        assertField(
                site.asAdmin("PUT", "/api/questionnaire",
                        Map.of("scale", "1-5", "questions", List.of(question(null, "Kind?", "essay", null, true)))),
                "questions[0].kind", "rating, yes-partly-no");
        assertThat(site.asAdmin("GET", "/api/questionnaire", null).json()).containsEntry("scope", "built-in")
            .containsEntry("scale", "1-5")
            .containsEntry("number", 0);
    }

    @Test
    void theForgeDoorReachesItsSitesQuestionnairesAndAnotherSiteReachesNone() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        ForgeSite forge = ForgeSite.installed(host);
        String provider = forge.asAdmin("POST", "/api/departments", Map.of("name", "IT")).json().get("id").toString();
        String customer = forge.asAdmin("POST", "/api/departments", Map.of("name", "HR")).json().get("id").toString();
        Response created = forge.asAdmin("POST", "/api/relationships",
                Map.of("providerId", provider, "customerId", customer, "expectations", "Laptops"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String relationship = created.json().get("id").toString();
        String path = "/api/relationships/" + relationship + "/questionnaire";

        assertThat(forge.page(BYSTANDER, "PUT", path, nps()).status()).isEqualTo(403);
        Response saved = forge.asAdmin("PUT", path, nps());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(forge.page(BYSTANDER, "GET", path, null).json()).containsEntry("scale", "0-10")
            .containsEntry("scope", "relationship");
        assertThat(forge.page(BYSTANDER, "GET", "/api/questionnaire", null).json()).containsEntry("scope", "built-in");

        TestSites other = TestSites.installed(host);
        assertThat(other.asAdmin("GET", path, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("PUT", path, nps()).status()).isEqualTo(404);
        assertThat(other.asAdmin("DELETE", path, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/relationships/" + relationship + "/answers.csv", null).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("GET", path + "/figures", null).status()).isEqualTo(404);
        assertThat(other.asAdmin("PUT", "/api/questionnaire", nps()).status()).isEqualTo(200);
        assertThat(forge.page(BYSTANDER, "GET", "/api/questionnaire", null).json()).containsEntry("scope", "built-in");
        assertThat(forge.page(BYSTANDER, "GET", path, null).json()).containsEntry("number", 1);
    }

    private static void assertField(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
        assertThat((String) response.json().get("message")).contains(message);
    }

}
