package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.tenant.TenantManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The preview hosts the app's modules for its demo site with tokens the app itself
 * accepts. In an app of its own: other classes move the shared test clock on by weeks,
 * and the intake worker would expire the demo site's open check meanwhile.
 */
@AppTest
@TestPropertySource(properties = "icr.test.app=preview")
class PreviewTest {

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenants;

    @Autowired
    DemoSiteSetup demoSite;

    @Test
    void listsThePageModulesOfBothProducts() {
        assertThat(host().get("/preview/api/modules", null).body())
            .contains("\"product\":\"jira\",\"type\":\"postInstallPage\",\"key\":\"getting-started\"")
            .contains("\"product\":\"confluence\",\"type\":\"postInstallPage\",\"key\":\"getting-started\"");
        // named as the products name them in the language switch's language
        assertThat(host().get("/preview/api/modules", null).body()).contains("\"name\":\"Relationship matrix\"");
        assertThat(host().get("/preview/api/modules?lang=de", null).body()).contains("\"name\":\"Beziehungsmatrix\"")
            .doesNotContain("\"name\":\"Relationship matrix\"");
    }

    @Test
    void signsIframeUrlsTheAppAcceptsAndServesTheLocalBridgeToTheDemoSite() {
        Map<String, Object> iframe = host().get("/preview/api/iframe?product=confluence&module=getting-started", null)
            .json();
        String url = iframe.get("url").toString();

        Response page = host().get(url.substring(("http://localhost:" + port).length()), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("src=\"/preview/all.js\"").doesNotContain("connect-cdn.atl-paas.net");
    }

    @Test
    void mintsContextTokensForTheDemoSiteOnly() {
        String token = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> site = host().get("/api/site", "JWT " + token).json();

        assertThat(site).containsEntry("siteUrl", "https://preview.icr.invalid").containsEntry("linked", true);
    }

    @Test
    void thePagesForgeFormReachesTheSameDemoSiteThroughTheForgeDoor() {
        Response minted = host().send("POST", "/preview/forge/invocation-token", null,
                Map.of("moduleKey", "relationship-matrix"));
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        String fit = minted.json().get("token").toString();
        String jwt = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Response throughForge = host().get("/api/departments?includeArchived=false", "Bearer " + fit);
        assertThat(throughForge.status()).as(throughForge.body()).isEqualTo(200);
        assertThat(throughForge.body())
            .isEqualTo(host().get("/api/departments?includeArchived=false", "JWT " + jwt).body());
        assertThat(host().get("/api/site", "Bearer " + fit).json()).containsEntry("siteUrl",
                "https://preview.icr.invalid");
        // the preview's key signs for the demo site only: a token it did not sign is
        // refused
        assertThat(host().get("/api/site", "Bearer " + fit.substring(0, fit.length() - 3) + "AAA").status())
            .isEqualTo(401);
        assertThat(
                host().send("POST", "/preview/forge/invocation-token", null, Map.of("moduleKey", "<script>")).status())
            .isEqualTo(400);
    }

    @Test
    void theLicenceSwitchSetsWhatTheDemoSiteSeesThroughBothDoors() {
        String jwt = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();
        try {
            assertThat(host().get("/preview/api/licence", null).json()).containsEntry("state", "active");
            for (String state : List.of("evaluation", "inactive")) {
                Response switched = host().send("PUT", "/preview/api/licence", null, Map.of("state", state));
                assertThat(switched.status()).as(switched.body()).isEqualTo(200);

                assertThat(host().get("/api/site", "JWT " + jwt).json()).containsEntry("licence", state);
                String fit = host().send("POST", "/preview/forge/invocation-token", null, Map.of())
                    .json()
                    .get("token")
                    .toString();
                assertThat(host().get("/api/site", "Bearer " + fit).json()).containsEntry("licence", state);
            }
            // inactive: the demo site reads but takes no edits
            assertThat(host().send("POST", "/api/departments", "JWT " + jwt, Map.of()).status()).isEqualTo(403);

            Response refused = host().send("PUT", "/preview/api/licence", null, Map.of("state", "expired"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("state");
            assertThat(host().get("/preview/api/licence", null).json()).containsEntry("state", "inactive");
        }
        finally {
            host().send("PUT", "/preview/api/licence", null, Map.of("state", "active"));
        }
        assertThat(host().get("/api/site", "JWT " + jwt).json()).containsEntry("licence", "active");
    }

    @Test
    void theDemoSitesTokensCannotBeForgedFromOutside() {
        // Without the secret drawn at start-up, a token naming the demo site verifies
        // against nothing.
        HostSimulator.Installation guess = new HostSimulator.Installation("jira", "icr-preview-jira",
                "https://preview.icr.invalid", "x".repeat(40));

        assertThat(host().api(guess, "GET", "/api/site", null).status()).isEqualTo(401);
    }

    @Test
    void servesTheHostPageWithTheRealConnectHost() {
        Response page = host().get("/preview", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/preview/connect-host.js");
        assertThat(host().get("/preview/connect-host.js", null).body()).contains("connectHost");
        assertThat(host().get("/preview/all.js", null).status()).isEqualTo(200);
    }

    @Test
    void hostsTheMacroItsEditorAndItsExportWithTheSavedParameters() {
        assertThat(host().get("/preview/api/modules", null).body())
            .contains("\"type\":\"dynamicContentMacros\",\"key\":\"relationship-matrix\"")
            .contains("\"type\":\"macroEditor\",\"key\":\"relationship-matrix-editor\"")
            .contains("\"type\":\"macroExport\",\"key\":\"relationship-matrix-pdf\"")
            .contains("\"product\":\"jira\",\"type\":\"adminPages\",\"key\":\"icr-admin\"");

        String url = host()
            .get("/preview/api/iframe?product=confluence&module=relationship-matrix-pdf&params=" + java.net.URLEncoder
                .encode("{\"metric\":\"agreement\",\"period\":\"2026-Q4\"}", java.nio.charset.StandardCharsets.UTF_8),
                    null)
            .json()
            .get("url")
            .toString();

        assertThat(url).contains("metric=agreement").contains("period=2026-Q4").contains("departments=&");
        Response export = host().get(url.substring(("http://localhost:" + port).length()), null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Marketing").contains("Sales").contains("Agreed v1");
    }

    @Test
    void theDemoSiteHasAMatrixAndItsUserAdministersIt() {
        String token = host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> matrix = host().get("/api/matrix", "JWT " + token).json();

        assertThat((java.util.List<?>) matrix.get("departments")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(matrix.toString()).contains("Agreed v1").contains("Draft v1");
        assertThat(host().get("/api/me", "JWT " + token).json()).containsEntry("administrator", true);
    }

    @Test
    void listsTheIssuePanelAndTheIssueContextOfEveryDemoIssue() {
        List<Object> modules = host().get("/preview/api/modules", null).jsonList();

        for (DemoData.DemoIssue issue : DemoData.ISSUES) {
            for (String[] module : new String[][] { { "jiraIssueContents", "internal-request-panel" },
                    { "jiraIssueContexts", "internal-request-context" } }) {
                assertThat(modules).as(module[0] + " of " + issue.key())
                    .anySatisfy(m -> assertThat(asMap(m)).containsEntry("product", "jira")
                        .containsEntry("type", module[0])
                        .containsEntry("key", module[1] + ":" + issue.key())
                        .containsEntry("moduleKey", module[1])
                        .containsEntry("name", issue.key() + " · " + issue.summary())
                        .containsEntry("context", Map.of("issue.id", issue.id(), "issue.key", issue.key())));
            }
        }
        // Jira never shows an issue's panels without an issue: no entry with the
        // placeholders left unfilled
        assertThat(modules).noneSatisfy(
                m -> assertThat(asMap(m).get("key")).isIn("internal-request-panel", "internal-request-context"));
        assertThat(DemoData.ISSUES).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void opensADemoIssuesPanelAndContextWithTheIssueFilledInLikeJira() {
        for (String module : List.of("internal-request-panel", "internal-request-context")) {
            Map<String, Object> iframe = host()
                .get("/preview/api/iframe?product=jira&module=" + module + ":IT-42", null)
                .json();
            String url = iframe.get("url").toString();

            assertThat(iframe).containsEntry("moduleKey", module);
            assertThat(url).contains("issueId=10042&issueKey=IT-42&")
                .contains("xdm_c=channel-internal-customer-relationships__" + module + "&");
            Response page = host().get(url.substring(("http://localhost:" + port).length()), null);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("src=\"/preview/all.js\"");
        }
    }

    @Test
    void theDemoIssuesAreStoredAsTheAppStoresJirasIssuesAndTheDemoUserDecides() {
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> awaiting = host().get("/api/requests/10042", token).json();
        assertThat(awaiting).containsEntry("state", "internal")
            .containsEntry("issueKey", "IT-42")
            .containsEntry("decision", null)
            .containsEntry("assigneeAccountId", DemoSite.USER_ACCOUNT_ID)
            .containsEntry("reporterAccountId", DemoData.HANA_HR)
            .containsEntry("providerSource", "project")
            .containsEntry("customerSource", "reporter-groups");
        assertThat(asMap(awaiting.get("provider"))).containsEntry("name", "IT");
        assertThat(asMap(awaiting.get("customer"))).containsEntry("name", "HR");
        assertThat(asMap(asMap(awaiting.get("relationship")).get("agreement"))).containsEntry("expectations",
                "Everything ready on the first morning of a new hire");
        // IT serves HR in Berlin business hours (DemoCalendar), in force since before
        // IT-42
        assertThat(asMap(asMap(awaiting.get("service")).get("firstResponse"))).containsEntry("targetHours", 4)
            .containsEntry("state", "running")
            .containsEntry("workingHours", true);
        assertThat(asMap(awaiting.get("viewer"))).containsEntry("accountId", DemoSite.USER_ACCOUNT_ID)
            .containsEntry("canDecide", true)
            .containsEntry("canCorrect", true);

        Map<String, Object> accepted = host().get("/api/requests/10017", token).json();
        assertThat(accepted).containsEntry("state", "internal").containsEntry("issueKey", "MKT-17");
        assertThat(asMap(accepted.get("provider"))).containsEntry("name", "Marketing");
        assertThat(asMap(accepted.get("customer"))).containsEntry("name", "Sales");
        assertThat(asMap(accepted.get("decision"))).containsEntry("outcome", "accepted")
            .containsEntry("byAccountId", DemoSite.USER_ACCOUNT_ID);
        assertThat(asMap(asMap(accepted.get("service")).get("firstResponse"))).containsEntry("state", "met");

        Map<String, Object> declined = host().get("/api/requests/10023", token).json();
        assertThat(declined).containsEntry("state", "internal").containsEntry("issueKey", "CS-23");
        assertThat(asMap(declined.get("provider"))).containsEntry("name", "Customer Service");
        assertThat(asMap(declined.get("customer"))).containsEntry("name", "Product");
        assertThat(asMap(declined.get("decision"))).containsEntry("outcome", "declined")
            .containsEntry("reason", "no-capacity")
            .containsEntry("reasonLabel", "No capacity this period")
            .containsEntry("note", DemoData.issue("10023").orElseThrow().decision().note());
        assertThat((List<?>) declined.get("history")).hasSize(1);

        Map<String, Object> unmapped = host().get("/api/requests/10005", token).json();
        assertThat(unmapped).containsEntry("state", "not-internal")
            .containsEntry("issueKey", "OPS-5")
            .containsEntry("provider", null);
        assertThat(unmapped.get("explanation").toString()).contains("Project OPS is not mapped to a department");

        // an issue the demo site's Jira does not have
        assertThat(host().get("/api/requests/99999", token).status()).isEqualTo(404);
    }

    @Test
    void theDemoUserIsAskedHowHrDidOnTheirResolvedRequestAndMayAnswer() {
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Map<String, Object> view = host().get("/api/requests/10008/satisfaction", token).json();

        Map<String, Object> current = asMap(view.get("current"));
        assertThat(current).containsEntry("state", "awaiting")
            .containsEntry("asked", List.of(DemoSite.USER_ACCOUNT_ID));
        assertThat(asMap(current.get("you"))).containsEntry("asked", true).containsEntry("canAnswer", true);
        assertThat((List<?>) view.get("history")).hasSize(1);
        Map<String, Object> request = host().get("/api/requests/10008", token).json();
        assertThat(asMap(request.get("provider"))).containsEntry("name", "HR");
        assertThat(asMap(request.get("customer"))).containsEntry("name", "IT");
    }

    @Test
    void theDemoQuarterHasObjectivesMeasuresEntriesThanksAndTheSponsorsNote() {
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();
        List<Object> relationships = host().get("/api/relationships", token).jsonList();
        String leads = relationships.stream()
            .map(PreviewTest::asMap)
            .filter(r -> asMap(r.get("provider")).get("name").equals("Marketing")
                    && asMap(r.get("customer")).get("name").equals("Sales"))
            .map(r -> (String) r.get("id"))
            .findFirst()
            .orElseThrow();

        Map<String, Object> review = host().get("/api/reviews?relationship=" + leads, token).json();

        assertThat((List<?>) review.get("objectives")).extracting(o -> asMap(o).get("title"))
            .containsExactly("Grow enterprise revenue by 20 %");
        assertThat((List<?>) review.get("measures")).extracting(m -> asMap(m).get("name"))
            .containsExactlyInAnyOrder("Qualified leads per month", "Requests Marketing said yes to");
        assertThat((List<?>) review.get("measures")).extracting(m -> asMap(m).get("status")).doesNotContain("no-data");
        assertThat((List<?>) review.get("items")).extracting(i -> asMap(i).get("side"))
            .contains("provider", "customer");
        assertThat((List<?>) review.get("appreciation")).hasSize(1);
        assertThat((List<?>) review.get("sponsorNotes")).hasSize(1);
        assertThat(asMap(review.get("you"))).containsEntry("administrator", true);
        // the past year's rated requests give the trend something to show (and the low
        // rating of the last days, DemoAttention's, for the dashboard gadget)
        assertThat((List<?>) review.get("trend")).filteredOn(p -> asMap(p).get("satisfaction") != null)
            .hasSizeGreaterThanOrEqualTo(3);
        assertThat(((List<?>) review.get("trend")).stream().mapToInt(p -> (Integer) asMap(p).get("answered")).sum())
            .isBetween(5, 8);
    }

    @Test
    void aRestartReplaysTheDemoIssuesWithoutChangingThem() {
        Map<String, Map<String, Object>> before = demoIssueViews();

        int objectives = host().get("/api/objectives", token()).jsonList().size();
        demoSite.setUp(); // what every start does

        assertThat(host().get("/api/objectives", token()).jsonList()).hasSize(objectives).isNotEmpty();

        assertThat(demoIssueViews()).isEqualTo(before);
        assertThat((List<?>) before.get("10023").get("history")).hasSize(1);
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();
        assertThat((List<?>) host().get("/api/requests/10008/satisfaction", token).json().get("history")).hasSize(1);
    }

    private String token() {
        return "JWT " + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();
    }

    private Map<String, Map<String, Object>> demoIssueViews() {
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();
        Map<String, Map<String, Object>> views = new java.util.HashMap<>();
        for (DemoData.DemoIssue issue : DemoData.ISSUES) {
            Map<String, Object> view = host().get("/api/requests/" + issue.id(), token).json();
            view.remove("now");
            views.put(issue.id(), view);
        }
        return views;
    }

    @Test
    void itsAgreementWithHrHasAChecklistAndTheOpenNewHireRequestIsPartlyTicked() {
        Map<String, Object> spec = host().get("/api/requests/10042/specification", token()).json();
        assertThat(spec).containsEntry("total", 4)
            .containsEntry("specified", 3)
            .containsEntry("complete", false)
            .containsEntry("lockedBy", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) spec.get("items");
        assertThat(items).extracting(i -> i.get("text")).isEqualTo(List.copyOf(DemoChecklist.CHECKLIST));
        assertThat(items).extracting(i -> i.get("state"))
            .containsExactly("specified", "specified", "not-applicable", "open");
        assertThat(items.get(2)).containsEntry("reason", "The standard recruiter kit: nothing beyond it");
        Map<String, Object> request = host().get("/api/requests/10042", token()).json();
        assertThat(asMap(asMap(request.get("relationship")).get("agreement"))).containsEntry("checklist",
                DemoChecklist.CHECKLIST);
        // the past year's specified requests give the matrix's metric figures
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<String> labels = java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> today.minusMonths(3L * i))
            .map(d -> "&period=" + d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1))
            .flatMap(p -> host().get("/api/matrix?metric=specification" + p, token()).jsonList("cells").stream())
            .map(c -> String.valueOf(c.get("label")))
            .toList();
        assertThat(labels).anyMatch(label -> label.matches("\\d+ of \\d+ complete.*"));
    }

    @Test
    void refusesAnUnknownModule() {
        assertThat(host().get("/preview/api/iframe?product=jira&module=nope", null).status()).isEqualTo(404);
        assertThat(host().get("/preview/api/iframe?product=bitbucket&module=getting-started", null).status())
            .isEqualTo(400);
    }

    @Test
    void theDemoSitesPeopleHaveNamesAndInlineAvatarsAndThePickersSearchThem() {
        String token = "JWT "
                + host().get("/preview/api/context-token?product=jira", null).json().get("token").toString();

        Response people = host().get("/api/people?accountId=" + DemoData.HANA_HR + "&accountId="
                + DemoSite.USER_ACCOUNT_ID + "&accountId=557058:not-in-the-demo", token);

        assertThat(people.status()).as(people.body()).isEqualTo(200);
        List<Map<String, Object>> found = people.jsonList("people");
        assertThat(found.get(0)).containsEntry("displayName", "Hana Hoffmann").containsEntry("former", false);
        assertThat(found.get(1)).containsEntry("displayName", "Dana Demo");
        assertThat(found.get(2)).containsEntry("former", true);
        assertThat(found.subList(0, 2))
            .allSatisfy(p -> assertThat(p.get("avatarUrl").toString()).startsWith("data:image/svg+xml;base64,"));
        assertThat(host().get("/api/pickers/users?query=han", token).jsonList("results")).extracting(r -> r.get("id"))
            .containsExactly(DemoData.HANA_HR);
        assertThat(host().get("/api/pickers/projects?query=mark", token).jsonList("results"))
            .extracting(r -> r.get("id"))
            .containsExactly("MKT");
        assertThat(host().get("/api/pickers/components?project=IT&query=lap", token).jsonList("results"))
            .extracting(r -> r.get("label"))
            .containsExactly("Laptops");
        assertThat(host().get("/api/pickers/groups?query=sal", token).jsonList("results")).extracting(r -> r.get("id"))
            .containsExactly("sales");
    }

    @SuppressWarnings("unchecked")
    @Test
    void hrServingItAsksItsOwnQuestionnaireAndCountsItsAnswersPerQuestion() {
        String token = token();
        String hrServesIt = host().get("/api/relationships", token)
            .jsonList()
            .stream()
            .map(PreviewTest::asMap)
            .filter(r -> asMap(r.get("provider")).get("name").equals("HR")
                    && asMap(r.get("customer")).get("name").equals("IT"))
            .map(r -> (String) r.get("id"))
            .findFirst()
            .orElseThrow();
        Map<String, Object> own = host().get("/api/relationships/" + hrServesIt + "/questionnaire", token).json();
        assertThat(own).containsEntry("scope", "relationship").containsEntry("scale", "0-10");
        assertThat((List<?>) own.get("questions")).hasSize(2);
        // the demo user's open request asks it in the issue panel
        Map<String, Object> current = asMap(
                host().get("/api/requests/10008/satisfaction", token).json().get("current"));
        assertThat(asMap(current.get("questionnaire"))).containsEntry("id", own.get("id"));
        // three earlier requests of the quarter were answered on it
        Map<String, Object> figures = host().get("/api/relationships/" + hrServesIt + "/questionnaire/figures", token)
            .json();
        List<?> versions = (List<?>) figures.get("versions");
        assertThat(versions).hasSize(1);
        assertThat(asMap(versions.get(0))).containsEntry("answers", 3).containsEntry("averageRating", null);
        assertThat(asMap(asMap(versions.get(0)).get("nps"))).containsEntry("promoters", 2)
            .containsEntry("detractors", 1);
    }

    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private HostSimulator host() {
        return new HostSimulator("http://localhost:" + port);
    }

}
