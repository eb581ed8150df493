package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole matrix in one CSV file: export, all-or-nothing import with a dry run, errors by
 * line and column.
 */
@AppTest
class MatrixCsvTest {

    private static final String HEADER = "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,"
            + "resolution_hours,provider_owner,customer_owner,executive_sponsor\n";

    @LocalServerPort
    int port;

    TestSites site;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void importsAMatrixFromASpreadsheetCreatingTheDepartmentsItNames() {
        String csv = HEADER
                + "Marketing,Sales,\"Qualified leads\nCampaign calendar\",\"Leads with budget, authority, need, timeline\",Feedback within a week,24,120,557058:mia,557058:sam,\n"
                + "IT,HR,Laptops for new hires,Ready on the first morning,Start dates ten days ahead,4,72,,,\n";

        Response report = importCsv(csv, false);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json()).containsEntry("departmentsCreated", 4)
            .containsEntry("relationshipsCreated", 2)
            .containsEntry("errors", List.of());
        Map<String, Object> matrix = site.asAdmin("GET", "/api/matrix", null).json();
        assertThat((List<?>) matrix.get("departments")).hasSize(4);
        assertThat((List<?>) matrix.get("cells")).hasSize(2);
        String marketingToSales = site.asAdmin("GET", "/api/relationships", null)
            .jsonList()
            .stream()
            .map(Map.class::cast)
            .filter(r -> ((Map<?, ?>) r.get("provider")).get("name").equals("Marketing"))
            .map(r -> r.get("id").toString())
            .findFirst()
            .orElseThrow();
        Map<String, Object> relationship = site.asAdmin("GET", "/api/relationships/" + marketingToSales, null).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = (Map<String, Object>) relationship.get("draft");
        assertThat(draft).containsEntry("deliverables", List.of("Qualified leads", "Campaign calendar"))
            .containsEntry("expectations", "Leads with budget, authority, need, timeline");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowIsOneUpdate() {
        String csv = HEADER + "Marketing,Sales,Leads,Qualified,Feedback,8,48,,,\n"
                + "IT,HR,Laptops,Ready,Dates,4,72,,,\n";
        assertThat(importCsv(csv, false).status()).isEqualTo(200);

        Response again = importCsv(csv, false);
        Response changed = importCsv(csv.replace("Qualified", "Qualified and named"), false);

        assertThat(again.json()).containsEntry("relationshipsCreated", 0).containsEntry("relationshipsUpdated", 0);
        assertThat(changed.json()).containsEntry("relationshipsCreated", 0).containsEntry("relationshipsUpdated", 1);
    }

    @Test
    void anImportRaisesTheSitesRevisionOnceAtItsEndAndADryRunNotAtAll() {
        String csv = HEADER + "Marketing,Sales,Leads,Qualified,Feedback,8,48,,,\n"
                + "IT,HR,Laptops,Ready,Dates,4,72,,,\n" + "IT,Sales,Laptops,Ready,Dates,4,72,,,\n";
        long before = revision();

        assertThat(importCsv(csv, true).status()).isEqualTo(200);
        assertThat(revision()).as("a dry run takes no revision lock").isEqualTo(before);
        Response imported = importCsv(csv, false);

        assertThat(imported.json()).containsEntry("departmentsCreated", 4).containsEntry("relationshipsCreated", 3);
        // once for the file, not once per department or row: the rows apply without
        // holding the site's revision lock
        assertThat(revision()).isEqualTo(before + 1);
    }

    @Test
    void theExportWritesEachPersonsNameBesideTheirAccountIdAskingJiraOnce() {
        site.jiraSite()
            .user("557058:mia", "Mia Marketing", null)
            .user("557058:sam", "Sam Sales", "de_DE")
            .inactiveUser("557058:gone", null);
        String csv = HEADER + "Marketing,Sales,Leads,,,,,557058:mia,557058:sam,557058:gone\n"
                + "IT,HR,Laptops,,,,,557058:sam,,\n";
        assertThat(importCsv(csv, false).status()).isEqualTo(200);
        int before = site.jiraSite().bulkUserCalls();

        String export = site.asAdmin("GET", "/api/matrix.csv", null).body();

        assertThat(export.lines().findFirst().orElseThrow()).contains(
                "provider_owner,provider_owner_name,customer_owner,customer_owner_name,executive_sponsor,executive_sponsor_name");
        assertThat(export).contains("IT,HR,Laptops,,,,,557058:sam,Sam Sales,,,,,")
            .contains(",557058:mia,Mia Marketing,557058:sam,Sam Sales,557058:gone,,");
        assertThat(site.jiraSite().bulkUserCalls() - before).isEqualTo(1);
    }

    @Test
    void anImportTakesAPersonsNameInsteadOfTheirAccountIdWhenExactlyOneActivePersonHasIt() {
        site.jiraSite()
            .user("557058:mia", "Mia Marketing", null)
            .user("557058:sam", "Sam Sales", null)
            .user("557058:sam-two", "Sam Sales", null)
            .user("557058:samantha", "Samantha Salesforce", null)
            .inactiveUser("557058:olga", "Olga Old");

        Response imported = importCsv(HEADER + "Marketing,Sales,Leads,,,,,mia marketing,557058:sam,\n"
                + "IT,HR,Laptops,,,,,Mia Marketing,,Mia Marketing\n", false);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(site.asAdmin("GET", "/api/matrix.csv", null).body())
            .contains("Marketing,Sales,Leads,,,,,557058:mia,Mia Marketing,557058:sam,Sam Sales,,,")
            .contains("IT,HR,Laptops,,,,,557058:mia,Mia Marketing,,,557058:mia,Mia Marketing,");
        assertThat(site.jiraSite().calls()).filteredOn(c -> c.startsWith("GET /rest/api/3/user/search"))
            .as("one search per distinct name")
            .hasSize(1);

        Response refused = importCsv(HEADER + "Finance,Sales,Budgets,,,,,Sam Sales,,\n"
                + "Finance,IT,Budgets,,,,,,Nobody Known,\n" + "Finance,HR,Budgets,,,,,,,Olga Old\n", false);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.jsonList("errors")).extracting(e -> e.get("line") + ":" + e.get("field"))
            .containsExactly("2:provider_owner", "3:customer_owner", "4:executive_sponsor");
        assertThat(refused.jsonList("errors").get(0).get("message").toString()).contains("2 Jira users are named");
        assertThat(refused.jsonList("errors").get(1).get("message").toString())
            .contains("no active Jira user is named 'nobody known'");
        assertThat(site.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Finance");
    }

    @Test
    void aNameColumnIsReadWhenItsAccountIdColumnIsEmpty() {
        site.jiraSite().user("557058:mia", "Mia Marketing", null);

        Response imported = importCsv("provider,customer,provider_owner,provider_owner_name\n"
                + "Marketing,Sales,,Mia Marketing\n" + "IT,HR,557058:other,Mia Marketing\n", false);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(site.asAdmin("GET", "/api/matrix.csv", null).body()).contains("Marketing,Sales,,,,,,557058:mia,")
            .contains("IT,HR,,,,,,557058:other,");
    }

    private long revision() {
        return jdbc.queryForObject(
                "select s.data_revision from site s join installation i on i.tenant_id = s.tenant_id where i.client_key = ?",
                Long.class, site.jira().clientKey());
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        Response report = importCsv(HEADER + "Legal,Sales,Contract reviews,,,,,,,\n", true);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json()).containsEntry("dryRun", true)
            .containsEntry("departmentsCreated", 2)
            .containsEntry("relationshipsCreated", 1);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void anErrorAnywhereImportsNothingAndEveryErrorNamesItsLineAndColumn() {
        String csv = HEADER + "Marketing,Sales,Leads,,,24,120,,,\n" + "Finance,Finance,Reports,,,,,,,\n"
                + "IT,HR,Laptops,,,four,72,,,\n" + "Marketing,Sales,Again,,,,,,,\n" + "HR,IT,Hiring,,,,,<script>,,\n"
                + ",IT,Nothing,,,,,,,\n";

        Response report = importCsv(csv, false);

        assertThat(report.status()).isEqualTo(400);
        assertThat(report.jsonList("errors")).extracting(e -> e.get("line") + ":" + e.get("field"))
            .containsExactly("3:customer", "4:first_response_hours", "5:customer", "6:provider_owner", "7:provider");
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
        assertThat(site.asAdmin("GET", "/api/relationships", null).jsonList()).isEmpty();
    }

    @Test
    void aMalformedFileIsRefusedWithTheLineWhereItBreaks() {
        Response unbalanced = importCsv(HEADER + "Marketing,Sales,Leads,,,,,,,\nIT,\"HR,Laptops,,,,,,,\n", false);
        Response noHeader = importCsv("Marketing;Sales\n", false);
        Response empty = site.host().send("POST", "/api/matrix/import", authorization(), "", "text/csv");

        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.jsonList("errors").get(0)).containsEntry("field", "csv");
        assertThat((Integer) unbalanced.jsonList("errors").get(0).get("line")).isGreaterThanOrEqualTo(3);
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.jsonList("errors").get(0)).containsEntry("line", 1);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void theExportReimportsIntoAnotherSiteAsTheSameMatrixWithFormulasAndMarkupKeptAsText() {
        String csv = HEADER
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",<b>Sales</b>,Leads,\"@SUM(1)\",-1 reminder,8,24,,,\n"
                + "<b>Sales</b>,Support,Promises,Written down,,,,,,\n";
        assertThat(importCsv(csv, false).status()).isEqualTo(200);

        Response export = site.asAdmin("GET", "/api/matrix.csv", null);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(export.body()).contains("'=HYPERLINK")
            .contains("'@SUM(1)")
            .contains("'-1 reminder")
            .contains("<b>Sales</b>")
            .doesNotContain(",=HYPERLINK")
            .doesNotContain("\n=");
        TestSites other = TestSites.installed(site.host());
        Response reimport = other.host()
            .send("POST", "/api/matrix/import",
                    "JWT " + other.host().jwt(other.jira()).context().subject(TestSites.ADMIN).sign(), export.body(),
                    "text/csv");
        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(other.asAdmin("GET", "/api/matrix.csv", null).body()).isEqualTo(export.body());
        assertThat(other.asAdmin("GET", "/api/departments", null).body()).contains("=HYPERLINK(\\\"http://evil\\\")");
    }

    @Test
    void noCellOfTheExportStartsAFormulaInALocaleThatSplitsOnSemicolonsAndTheReimportKeepsTheText() {
        String payload = "a;=cmd|' /C calc'!A0";
        String csv = HEADER + "Ops,\"b,+cmd|' /C calc'!A0\",\"x\n@SUM(1)\",\"" + payload + "\",\"c\t-2+3\",8,24,,,\n";
        assertThat(importCsv(csv, false).status()).isEqualTo(200);

        String export = site.asAdmin("GET", "/api/matrix.csv", null).body();

        for (String separator : List.of(";", ",", "\t", "\n", "\r")) {
            for (String part : export.split(java.util.regex.Pattern.quote(separator))) {
                String cell = part.startsWith("\"") ? part.substring(1) : part; // a
                                                                                // reader
                                                                                // that
                                                                                // honours
                                                                                // quotes
                                                                                // at a
                                                                                // cell's
                                                                                // start
                assertThat(cell).as("a cell Excel makes of the export split on %s", separator)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@");
            }
        }
        TestSites other = TestSites.installed(site.host());
        Response reimport = other.host()
            .send("POST", "/api/matrix/import",
                    "JWT " + other.host().jwt(other.jira()).context().subject(TestSites.ADMIN).sign(), export,
                    "text/csv");
        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(other.asAdmin("GET", "/api/matrix.csv", null).body()).isEqualTo(export);
        assertThat(other.asAdmin("GET", "/api/relationships", null).body()).contains("b,+cmd|' /C calc'!A0");
    }

    @Test
    void onlyAdministratorsImport() {
        Response refused = site.host()
            .send("POST", "/api/matrix/import",
                    "JWT " + site.host().jwt(site.jira()).context().subject("557058:not-an-admin").sign(),
                    HEADER + "A,B,,,,,,,,\n", "text/csv");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    private Response importCsv(String csv, boolean dryRun) {
        return site.host().send("POST", "/api/matrix/import?dryRun=" + dryRun, authorization(), csv, "text/csv");
    }

    private String authorization() {
        return "JWT " + site.host().jwt(site.jira()).context().subject(TestSites.ADMIN).sign();
    }

}
