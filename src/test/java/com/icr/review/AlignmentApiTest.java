package com.icr.review;

import static com.icr.request.RequestScenario.ASSIGNEE;
import static com.icr.request.RequestScenario.BYSTANDER;
import static com.icr.request.RequestScenario.FINANCE_LEAD;
import static com.icr.request.RequestScenario.REPORTER;
import static com.icr.request.RequestScenario.SALES_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.review.internal.ItemCsv;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Objectives, mutual measures, frustrations and suggestions, appreciation and sponsor
 * notes through the API, as Finance (provider) and Sales (customer) of the request
 * scenario use them: who may write, what a bad request leaves behind (nothing), and what
 * the exports say.
 */
@AppTest
class AlignmentApiTest {

    @LocalServerPort
    int port;

    RequestScenario scenario;

    TestSites site;

    String relationship;

    @BeforeEach
    void setUp() {
        scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        site = scenario.site;
        relationship = scenario.relationshipId;
    }

    @Test
    void administratorsSetObjectivesAndTheRelationshipsDepartmentsSayTheyServeThem() {
        Response denied = site.as(FINANCE_LEAD, "POST", "/api/objectives", objective("Grow enterprise revenue 20 %"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/objectives?quarter=2026-Q4", null).jsonList()).isEmpty();

        Response created = site.asAdmin("POST", "/api/objectives", objective("Grow enterprise revenue 20 %"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.json().get("id");
        assertThat(created.json()).containsEntry("quarter", "2026-Q4").containsEntry("ownerAccountId", SALES_LEAD);

        assertThat(site
            .as(BYSTANDER, "PUT", "/api/relationships/" + relationship + "/objectives",
                    Map.of("objectiveIds", List.of(id)))
            .status()).isEqualTo(403);
        // Alan is in finance-team: the provider's side
        Response linked = site.as(ASSIGNEE, "PUT", "/api/relationships/" + relationship + "/objectives",
                Map.of("objectiveIds", List.of(id)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(site.as(BYSTANDER, "GET", "/api/objectives?quarter=2026-Q4", null).jsonList()).singleElement()
            .satisfies(o -> assertThat(asMap(o)).containsEntry("relationshipIds", List.of(relationship)));

        Response unknown = site.as(ASSIGNEE, "PUT", "/api/relationships/" + relationship + "/objectives",
                Map.of("objectiveIds", List.of(id, "nope")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json()).containsEntry("field", "objectiveIds");
        assertThat(asMap(site.asAdmin("GET", "/api/objectives/" + id, null).json())).containsEntry("relationshipIds",
                List.of(relationship));

        // the owner rewords it; a bystander may not
        Map<String, Object> reworded = objective("Grow enterprise revenue 25 %");
        assertThat(site.as(BYSTANDER, "PUT", "/api/objectives/" + id, reworded).status()).isEqualTo(403);
        assertThat(site.as(SALES_LEAD, "PUT", "/api/objectives/" + id, reworded).json()).containsEntry("title",
                "Grow enterprise revenue 25 %");
        // only an administrator hands it to someone else
        Map<String, Object> handedOn = new HashMap<>(reworded);
        handedOn.put("ownerAccountId", BYSTANDER);
        assertThat(site.as(SALES_LEAD, "PUT", "/api/objectives/" + id, handedOn).status()).isEqualTo(403);
        assertThat(site.as(BYSTANDER, "GET", "/api/objectives/" + id, null).json()).containsEntry("ownerAccountId",
                SALES_LEAD);

        assertField(site.asAdmin("POST", "/api/objectives",
                Map.of("quarter", "2026-Q5", "title", "x", "ownerAccountId", SALES_LEAD)), "quarter");
        assertField(site.asAdmin("POST", "/api/objectives",
                Map.of("quarter", "2026-Q4", "title", " ", "ownerAccountId", SALES_LEAD)), "title");
        assertField(site.asAdmin("POST", "/api/objectives",
                Map.of("quarter", "2026-Q4", "title", "x", "ownerAccountId", "<script>")), "ownerAccountId");
        assertThat(site.asAdmin("GET", "/api/objectives?quarter=2026-Q4", null).jsonList()).hasSize(1);
    }

    @Test
    void aManualMeasureIsScoredOnTheGoalsScaleAndOnlyItsDepartmentsEnterValues() {
        Map<String, Object> body = measure("manual", "Qualified leads per month", 40.0);
        assertThat(site.as(BYSTANDER, "POST", "/api/measures", body).status()).isEqualTo(403);
        Response created = site.as(SALES_LEAD, "POST", "/api/measures", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.json().get("id");
        assertThat(created.json()).containsEntry("status", "no-data").containsEntry("score", null);

        assertThat(site.as(BYSTANDER, "PUT", "/api/measures/" + id + "/values/2026-10", Map.of("value", 39)).status())
            .isEqualTo(403);
        site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-10", Map.of("value", 12));
        Map<String, Object> valued = site
            .as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-11", Map.of("value", 30))
            .json();
        assertThat(asMapList(valued.get("months"))).extracting(m -> m.get("value")).containsExactly(12.0, 30.0, null);
        assertThat(asMap(valued.get("latest"))).containsEntry("month", "2026-11").containsEntry("value", 30.0);
        assertThat(valued).containsEntry("score", 0.75).containsEntry("status", "on-track");
        assertThat(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-11", Map.of("value", 20)).json())
            .containsEntry("score", 0.5)
            .containsEntry("status", "at-risk");
        assertThat(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-11", Map.of("value", 8)).json())
            .containsEntry("status", "off-track");
        assertThat(site.as(FINANCE_LEAD, "DELETE", "/api/measures/" + id + "/values/2026-11", null).json())
            .containsEntry("score", 0.3)
            .satisfies(m -> assertThat(asMap(m.get("latest"))).containsEntry("month", "2026-10"));

        // bad input: 400 naming the field, and the measure is as it was
        assertField(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-13", Map.of("value", 1)),
                "month");
        assertField(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-11", Map.of()), "value");
        assertThat(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id + "/values/2026-11", Map.of("value", "lots"))
            .status()).isEqualTo(400);
        assertField(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id, measure("nonsense", "x", 1.0)), "source");
        assertField(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + id, measure("satisfaction", "x", 1.0)), "source");
        assertField(site.as(SALES_LEAD, "POST", "/api/measures", measure("satisfaction", "Rating", 9.0)), "target");
        Map<String, Object> other = new HashMap<>(measure("manual", "x", 1.0));
        other.put("relationshipId", "no-such-relationship");
        assertField(site.as(SALES_LEAD, "POST", "/api/measures", other), "relationshipId");
        assertThat(site.as(BYSTANDER, "GET", "/api/measures/" + id + "?quarter=2026-Q4", null).json())
            .containsEntry("name", "Qualified leads per month")
            .containsEntry("source", "manual")
            .containsEntry("score", 0.3);
        assertThat(site.as(BYSTANDER, "GET", "/api/measures?relationship=" + relationship, null).jsonList()).hasSize(1);

        // lower is better: days to fill a role, target 30
        Map<String, Object> days = new HashMap<>(measure("manual", "Days to fill a role", 30.0));
        days.put("direction", "lower");
        String daysId = (String) site.as(SALES_LEAD, "POST", "/api/measures", days).json().get("id");
        assertThat(
                site.as(SALES_LEAD, "PUT", "/api/measures/" + daysId + "/values/2026-11", Map.of("value", 25)).json())
            .containsEntry("score", 1.0);
        assertThat(
                site.as(SALES_LEAD, "PUT", "/api/measures/" + daysId + "/values/2026-11", Map.of("value", 60)).json())
            .containsEntry("score", 0.5);

        assertThat(site.as(BYSTANDER, "DELETE", "/api/measures/" + daysId, null).status()).isEqualTo(403);
        assertThat(site.as(SALES_LEAD, "DELETE", "/api/measures/" + daysId, null).status()).isEqualTo(204);
        assertThat(site.as(SALES_LEAD, "GET", "/api/measures/" + daysId, null).status()).isEqualTo(404);
    }

    @Test
    void eachSideRaisesItsOwnEntriesAndBothMoveThemAlong() {
        Response bystander = site.as(BYSTANDER, "POST", "/api/review-items",
                item("provider", "frustration", "Requests arrive without a deadline"));
        assertThat(bystander.status()).isEqualTo(403);
        Response wrongSide = site.as(REPORTER, "POST", "/api/review-items",
                item("provider", "frustration", "Sales is slow"));
        assertThat(wrongSide.status()).isEqualTo(403);

        Response raised = site.as(ASSIGNEE, "POST", "/api/review-items",
                item("provider", "frustration", "=HYPERLINK(\"x\") Requests arrive without a deadline"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json()).containsEntry("side", "provider")
            .containsEntry("departmentName", "Finance")
            .containsEntry("status", "open")
            .containsEntry("kind", "frustration")
            .containsEntry("createdByAccountId", ASSIGNEE);
        String id = (String) raised.json().get("id");
        Response assumption = site.as(REPORTER, "POST", "/api/review-items",
                item("customer", "assumption", "We assume Finance needs a week for any report"));
        assertThat(assumption.status()).isEqualTo(201);
        assertThat(site
            .asAdmin("POST", "/api/review-items", item("customer", "suggestion", "A request template with a due date"))
            .status()).isEqualTo(201);

        assertField(site.as(REPORTER, "PUT", "/api/review-items/" + id, Map.of("status", "agreed-action")), "action");
        assertThat(site.as(REPORTER, "GET", "/api/review-items?relationship=" + relationship, null).jsonList())
            .filteredOn(i -> asMap(i).get("id").equals(id))
            .singleElement()
            .satisfies(i -> assertThat(asMap(i)).containsEntry("status", "open"));
        Response agreed = site.as(REPORTER, "PUT", "/api/review-items/" + id, Map.of("status", "agreed-action",
                "action", "Sales adds a due date to every request", "ownerAccountId", SALES_LEAD));
        assertThat(agreed.json()).containsEntry("status", "agreed-action").containsEntry("ownerAccountId", SALES_LEAD);
        assertThat(site.as(BYSTANDER, "PUT", "/api/review-items/" + id, Map.of("status", "closed")).status())
            .isEqualTo(403);
        assertField(site.as(REPORTER, "PUT", "/api/review-items/" + id, Map.of("status", "done")), "status");
        assertField(site.as(REPORTER, "POST", "/api/review-items", item("customer", "rant", "x")), "kind");
        assertField(site.as(REPORTER, "POST", "/api/review-items", item("customer", "assumption", "x".repeat(2001))),
                "text");

        assertThat(site.as(BYSTANDER, "GET", "/api/review-items?relationship=" + relationship + "&status=open", null)
            .jsonList()).hasSize(2);
        site.jiraSite().user(SALES_LEAD, "Sid Sales", null).user(REPORTER, "Rita Reporter", "de_DE");
        String csv = site.as(BYSTANDER, "GET", "/api/review-items.csv?relationship=" + relationship, null).body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ItemCsv.COLUMNS))
            .contains("owner,owner_name,agreed_action,raised_by,raised_by_name");
        assertThat(csv).contains(SALES_LEAD + ",Sid Sales,Sales adds a due date to every request,")
            .contains(REPORTER + ",Rita Reporter,");
        assertThat(csv).contains(
                "Finance,Sales,provider,Finance,frustration,agreed-action,\"'=HYPERLINK(\"\"x\"\") Requests arrive without a deadline\"");
        assertThat(csv.lines()).hasSize(4);
    }

    @Test
    void thirtyThanksSentAtOnceStoreExactlyTheDailyLimit() throws Exception {
        int parallel = 30;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return site
                        .as(REPORTER, "POST", "/api/appreciation",
                                Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of(FINANCE_LEAD)))
                        .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : sent) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(10);
            assertThat(statuses.stream().filter(s -> s == 429).count()).as(statuses.toString())
                .isEqualTo(parallel - 10);
            assertThat(site.as(BYSTANDER, "GET", "/api/departments/" + scenario.finance + "/thanks", null).json())
                .containsEntry("total", 10);
        }
        finally {
            senders.shutdownNow();
        }
    }

    @Test
    void theOtherSideMovesAnEntryAlongButNeverRewordsItAndEveryChangeSaysWho() {
        Response raised = site.as(ASSIGNEE, "POST", "/api/review-items",
                item("provider", "frustration", "Requests arrive without a deadline"));
        assertThat(raised.json()).containsEntry("updatedByAccountId", ASSIGNEE);
        String path = "/api/review-items/" + raised.json().get("id");

        Response rewritten = site.as(REPORTER, "PUT", path,
                Map.of("status", "discussed", "text", "Finance never reads the request"));
        assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(403);
        assertThat((String) rewritten.json().get("message")).contains("Only the provider's side");
        assertThat(site.as(BYSTANDER, "GET", "/api/review-items?relationship=" + relationship, null).jsonList())
            .singleElement()
            .satisfies(i -> assertThat(asMap(i)).containsEntry("text", "Requests arrive without a deadline")
                .containsEntry("status", "open")
                .containsEntry("updatedByAccountId", ASSIGNEE));

        Response moved = site.as(REPORTER, "PUT", path,
                Map.of("status", "discussed", "text", "Requests arrive without a deadline"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json()).containsEntry("status", "discussed").containsEntry("updatedByAccountId", REPORTER);

        Response reworded = site.as(ASSIGNEE, "PUT", path, Map.of("text", "Requests arrive without a due date"));
        assertThat(reworded.json()).containsEntry("text", "Requests arrive without a due date")
            .containsEntry("updatedByAccountId", ASSIGNEE);
        assertThat(site.asAdmin("PUT", path, Map.of("text", "Requests arrive without a due date, often")).json())
            .containsEntry("updatedByAccountId", TestSites.ADMIN);

        // measures and objectives say who changed them last, too
        String measure = (String) site
            .as(SALES_LEAD, "POST", "/api/measures", measure("manual", "Qualified leads per month", 40.0))
            .json()
            .get("id");
        assertThat(site.as(FINANCE_LEAD, "PUT", "/api/measures/" + measure + "/values/2026-11", Map.of("value", 30))
            .json()).containsEntry("updatedByAccountId", FINANCE_LEAD);
        String objective = (String) site.asAdmin("POST", "/api/objectives", objective("Grow enterprise revenue 20 %"))
            .json()
            .get("id");
        Map<String, Object> reworded2 = site
            .as(SALES_LEAD, "PUT", "/api/objectives/" + objective, objective("Grow enterprise revenue 25 %"))
            .json();
        assertThat(reworded2).containsEntry("updatedByAccountId", SALES_LEAD);
        assertThat(reworded2.get("updatedAt")).isNotNull();
    }

    @Test
    void thanksShowOnTheDepartmentReachThePeopleThankedAndStopAtTenADay() {
        Response given = site.as(REPORTER, "POST", "/api/appreciation",
                Map.of("toDepartmentId", scenario.finance, "fromDepartmentId", scenario.sales, "toAccountIds",
                        List.of(ASSIGNEE), "message", "<b>Thank you</b> for the quick reconciliation"));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json()).containsEntry("source", "direct")
            .containsEntry("toDepartmentName", "Finance")
            .containsEntry("fromDepartmentName", "Sales")
            .containsEntry("message", "<b>Thank you</b> for the quick reconciliation");
        assertThat(site.as(ASSIGNEE, "GET", "/api/appreciation/mine", null).jsonList("items")).singleElement()
            .satisfies(t -> assertThat(t).containsEntry("fromAccountId", REPORTER));
        assertThat(site.as(BYSTANDER, "GET", "/api/appreciation/mine", null).jsonList("items")).isEmpty();
        assertThat(site.as(BYSTANDER, "GET", "/api/departments/" + scenario.finance + "/thanks", null).json())
            .containsEntry("total", 1);
        assertThat(site.as(BYSTANDER, "GET", "/api/appreciation?relationship=" + relationship, null).json())
            .containsEntry("total", 1);

        assertField(site.as(REPORTER, "POST", "/api/appreciation",
                Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of())), "toAccountIds");
        assertField(site.as(REPORTER, "POST", "/api/appreciation",
                Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of(REPORTER))), "toAccountIds");
        assertField(site.as(REPORTER, "POST", "/api/appreciation", Map.of("toDepartmentId", scenario.sales,
                "fromDepartmentId", scenario.sales, "toAccountIds", List.of(SALES_LEAD))), "toDepartmentId");
        assertField(site.as(REPORTER, "POST", "/api/appreciation",
                Map.of("toDepartmentId", "nope", "toAccountIds", List.of(ASSIGNEE))), "toDepartmentId");

        for (int i = 2; i <= 10; i++) {
            assertThat(site
                .as(REPORTER, "POST", "/api/appreciation",
                        Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of(FINANCE_LEAD)))
                .status()).isEqualTo(201);
        }
        Response eleventh = site.as(REPORTER, "POST", "/api/appreciation",
                Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of(FINANCE_LEAD)));
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(1L,
                24 * 3600L);
        assertThat((String) eleventh.json().get("message")).contains("10 times in the last 24 hours");
        assertThat(site.as(BYSTANDER, "GET", "/api/departments/" + scenario.finance + "/thanks", null).json())
            .containsEntry("total", 10);
        // someone else still may
        assertThat(site
            .as(SALES_LEAD, "POST", "/api/appreciation",
                    Map.of("toDepartmentId", scenario.finance, "toAccountIds", List.of(FINANCE_LEAD)))
            .status()).isEqualTo(201);
    }

    @Test
    void onlyTheSponsorWritesTheQuartersNotes() {
        Map<String, Object> update = Map.of("providerId", scenario.finance, "customerId", scenario.sales,
                "providerOwnerAccountId", FINANCE_LEAD, "customerOwnerAccountId", SALES_LEAD,
                "executiveSponsorAccountId", BYSTANDER, "agreement",
                Map.of("deliverables", List.of("Monthly pipeline report"), "expectations", RequestScenario.EXPECTATIONS,
                        "customerGivesBack", "Deal data in the CRM by the 25th", "serviceTarget",
                        Map.of("firstResponseHours", 8, "resolutionHours", 72)));
        Response sponsored = site.asAdmin("PUT", "/api/relationships/" + relationship, update);
        assertThat(sponsored.status()).as(sponsored.body()).isEqualTo(200);

        String path = "/api/relationships/" + relationship + "/sponsor-notes/2026-Q4";
        assertThat(site.as(FINANCE_LEAD, "PUT", path, Map.of("text", "Fine")).status()).isEqualTo(403);
        // an owner cannot make themselves the sponsor, and an administrator who is not
        // the sponsor writes no notes
        Map<String, Object> selfSponsored = new HashMap<>(update);
        selfSponsored.put("executiveSponsorAccountId", FINANCE_LEAD);
        assertThat(site.as(FINANCE_LEAD, "PUT", "/api/relationships/" + relationship, selfSponsored).status())
            .isEqualTo(403);
        assertThat(site.as(FINANCE_LEAD, "PUT", path, Map.of("text", "Fine")).status()).isEqualTo(403);
        assertThat(site.asAdmin("PUT", path, Map.of("text", "Written for the sponsor")).status()).isEqualTo(403);
        Response written = site.as(BYSTANDER, "PUT", path,
                Map.of("text", "Finance and Sales agreed on due dates; I back the template."));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json()).containsEntry("relationshipName", "Finance → Sales")
            .containsEntry("byAccountId", BYSTANDER);
        assertField(site.as(BYSTANDER, "PUT", path, Map.of("text", "")), "text");
        assertField(site.as(BYSTANDER, "PUT", "/api/relationships/" + relationship + "/sponsor-notes/Q4",
                Map.of("text", "x")), "quarter");

        Map<String, Object> review = site
            .as(REPORTER, "GET", "/api/reviews?relationship=" + relationship + "&quarter=2026-Q4", null)
            .json();
        assertThat(asMapList(review.get("sponsorNotes"))).singleElement()
            .satisfies(n -> assertThat(n).containsEntry("text",
                    "Finance and Sales agreed on due dates; I back the template."));
        assertThat(asMap(review.get("you"))).containsEntry("administrator", false)
            .containsEntry("sponsorOf", List.of())
            .containsEntry("sides", Map.of(relationship, List.of("customer")));
    }

    @Test
    void theReviewStaysReadableWhileJiraCannotSayWhoTheReaderIs() {
        site.as(REPORTER, "POST", "/api/review-items", item("customer", "frustration", "Reports come late"));
        site.jiraSite().throttleNext(3, 30);

        Response review = site.as(BYSTANDER, "GET", "/api/reviews?relationship=" + relationship, null);
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(asMapList(review.json().get("items"))).hasSize(1);
        assertThat(asMap(review.json().get("you"))).containsEntry("administrator", false)
            .containsEntry("sides", Map.of());
        // a write needs Jira's answer: it waits for it rather than guessing
        Response write = site.as(BYSTANDER, "POST", "/api/review-items", item("customer", "frustration", "x"));
        assertThat(write.status()).isEqualTo(503);
        assertThat(write.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anotherSitesTokenReachesNoneOfIt() {
        String objective = (String) site.asAdmin("POST", "/api/objectives", objective("Secret objective"))
            .json()
            .get("id");
        String measure = (String) site.as(SALES_LEAD, "POST", "/api/measures", measure("manual", "Secret measure", 1.0))
            .json()
            .get("id");
        String item = (String) site
            .as(REPORTER, "POST", "/api/review-items", item("customer", "frustration", "Secret frustration"))
            .json()
            .get("id");

        TestSites other = TestSites.installed(site.host());
        assertThat(other.asAdmin("GET", "/api/objectives?quarter=2026-Q4", null).jsonList()).isEmpty();
        assertThat(other.asAdmin("GET", "/api/objectives/" + objective, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("PUT", "/api/objectives/" + objective, objective("Mine now")).status()).isEqualTo(404);
        assertThat(other.asAdmin("DELETE", "/api/objectives/" + objective, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/measures", null).jsonList()).isEmpty();
        assertThat(other.asAdmin("PUT", "/api/measures/" + measure + "/values/2026-11", Map.of("value", 5)).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("DELETE", "/api/measures/" + measure, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/review-items", null).jsonList()).isEmpty();
        assertThat(other.asAdmin("PUT", "/api/review-items/" + item, Map.of("status", "closed")).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/reviews?relationship=" + relationship, null).status()).isEqualTo(404);
        assertThat(other
            .asAdmin("PUT", "/api/relationships/" + relationship + "/objectives", Map.of("objectiveIds", List.of()))
            .status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/measures.csv", null).body().lines()).hasSize(1);
        assertThat(other.asAdmin("GET", "/api/review-items.csv", null).body()).doesNotContain("Secret");

        assertThat(site.as(BYSTANDER, "GET", "/api/measures/" + measure, null).json()).containsEntry("name",
                "Secret measure");
        assertThat(site.as(BYSTANDER, "GET", "/api/review-items", null).jsonList()).hasSize(1);
    }

    private Map<String, Object> objective(String title) {
        return Map.of("quarter", "2026-Q4", "title", title, "description",
                "Enterprise deals need Finance's numbers sooner", "ownerAccountId", SALES_LEAD);
    }

    private Map<String, Object> measure(String source, String name, Double target) {
        return Map.of("relationshipId", relationship, "name", name, "source", source, "target", target);
    }

    private Map<String, Object> item(String side, String kind, String text) {
        return Map.of("relationshipId", relationship, "side", side, "kind", kind, "text", text);
    }

    static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asMapList(Object value) {
        return (List<Map<String, Object>>) value;
    }

}
