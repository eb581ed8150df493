package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The matrix pages as users see them in headless Chromium, hosted by the real
 * connect-host.js: the Jira admin page, the Relationship matrix page and the Confluence
 * macro, with markup in a department's name.
 */
@Tag("browser")
@AppTest
class MatrixBrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)> Marketing";

    private static final String MEMBER = "557058:member-morgan";

    @LocalServerPort
    int port;

    TestSites site;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        String marketing = department(MARKUP);
        String sales = department("Sales");
        String it = department("IT");
        relate(marketing, sales, "Leads with budget, authority, need and timeline known");
        relate(it, sales, "Laptops ready on the first morning");
    }

    @Test
    void theAdminPageListsDepartmentsAndRelationshipsWithMarkupShownAsText() {
        Report report = Browser.visit(
                BrowserHostPage.get().open(site.host(), site.jira(), "icr-admin", "/pages/admin", TestSites.ADMIN),
                "[data-ready=true]", "admin", List.of("light", "dark"), null);

        assertClean(report);
        assertThat(report.view("light").text()).contains(MARKUP).contains("Sales").contains("IT");
        assertThat(report.view("dark").background()).isNotEqualTo(report.view("light").background());
    }

    @Test
    void aLargeImportShowsItsProgressThenItsReport() {
        StringBuilder csv = new StringBuilder("provider,customer,deliverables,expectations,first_response_hours\n");
        for (int p = 0; p < 50; p++) {
            for (int c = 0; c < 50; c++) {
                if (p != c) {
                    csv.append(String.format(java.util.Locale.ROOT, "Unit %02d,Unit %02d,Reports,On time,8%n", p, c));
                }
            }
        }
        Report report = Browser.visit(
                BrowserHostPage.get().open(site.host(), site.jira(), "icr-admin", "/pages/admin", TestSites.ADMIN),
                "[data-ready=true]", "admin-import", List.of("light"), List.of(".import-progress", ".import-report"),
                List.of(Step.fill("textarea[name=csv]", csv.toString()), Step.click("#import-run"),
                        Step.waitFor(".import-progress"), Step.scroll(".import-progress"),
                        Step.snapshot("import-progress"), Step.waitFor(".import-report[data-outcome=ok]"),
                        Step.scroll(".import-report"), Step.snapshot("import-done"), Step.theme("dark"),
                        Step.snapshot("import-done-dark")));

        assertClean(report);
        assertThat(report.step("import-progress").text()).containsPattern("Importing: [\\d,]+ of 2,450 rows");
        assertThat(report.step("import-done").text())
            .contains("Imported: 50 departments created, 2,450 relationships created");
        assertThat(report.step("import-done").count(".import-progress")).isZero();
    }

    @Test
    void theMatrixPageShowsEveryRelationshipAndOpensOneOnClick() {
        Report report = Browser.visit(
                BrowserHostPage.get()
                    .open(site.host(), site.jira(), "relationship-matrix", "/pages/relationship-matrix", MEMBER),
                "table td[data-cell]", "relationship-matrix", List.of("light", "dark"), null, "td[data-cell]",
                ".detail h2");

        assertClean(report);
        assertThat(report.view("light").text()).contains(MARKUP).contains("Draft v1");
        assertThat(report.clicked().text()).contains("Leads with budget, authority, need and timeline known")
            .contains("Marketing → Sales");
    }

    @Test
    void theConfluenceMacroRendersTheHeatMapAndOpensTheDetail() {
        String macro = "/macros/matrix?departments=&metric=agreement&period=2026-Q4";
        Report report = Browser.visit(
                BrowserHostPage.get().open(site.host(), site.confluence(), "relationship-matrix", macro, MEMBER),
                "[data-ready=true] td[data-cell]", "matrix-macro", List.of("light", "dark"), null, "td[data-cell]",
                ".detail h2");

        assertClean(report);
        assertThat(report.view("light").text()).contains(MARKUP).contains("Sales").contains("Draft v1");
        assertThat(report.clicked().text()).contains("Sales");
    }

    @Test
    void aMacroNamingADeletedDepartmentShowsTheOthersAndSaysSoOnce() {
        List<Object> departments = site.asAdmin("GET", "/api/departments", null).jsonList();
        String ids = String.join(",", departments.stream().map(d -> ((Map<?, ?>) d).get("id").toString()).toList());
        String legal = department("Legal");
        assertThat(site.asAdmin("DELETE", "/api/departments/" + legal, null).status()).isEqualTo(204);

        Report report = Browser.visit(BrowserHostPage.get()
            .open(site.host(), site.confluence(), "relationship-matrix",
                    "/macros/matrix?departments=" + ids + "," + legal + "&metric=agreement&period=2026-Q4", MEMBER),
                "[data-ready=true] td[data-cell]", "matrix-macro-deleted-department", List.of("light", "dark"), null);

        assertClean(report);
        String text = report.view("light").text();
        assertThat(text).contains("Sales").contains("Draft v1").doesNotContain("could not be loaded");
        assertThat(text.split("no longer exists", -1)).hasSize(2);
    }

    @Test
    void theMacroOnAnEmptySiteSaysWhatToDo() {
        TestSites empty = TestSites.installed(site.host());
        Report report = Browser.visit(
                BrowserHostPage.get()
                    .open(empty.host(), empty.confluence(), "relationship-matrix",
                            "/macros/matrix?departments=&metric=agreement&period=", MEMBER),
                "[data-ready=true]", "matrix-macro-empty", List.of("light"), null);

        assertClean(report);
        assertThat(report.view("light").text().toLowerCase()).contains("no departments");
    }

    private String department(String name) {
        return site.asAdmin("POST", "/api/departments", Map.of("name", name)).json().get("id").toString();
    }

    private void relate(String provider, String customer, String expectations) {
        assertThat(site
            .asAdmin("POST", "/api/relationships",
                    Map.of("providerId", provider, "customerId", customer, "agreement",
                            Map.of("expectations", expectations, "deliverables", List.of("Something useful"))))
            .status()).isEqualTo(201);
    }

    private static void assertClean(Report report) {
        assertThat(report.error()).isNull();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
    }

}
