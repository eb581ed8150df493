package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Confluence embeds in a PDF or Word export of a page with the matrix macro. */
@AppTest
class MatrixExportTest {

    private static final String EXPORT = "/macros/matrix/export?departments=&metric=agreement&period=2026-Q4";

    @LocalServerPort
    int port;

    TestSites site;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void rendersAStaticTableWithEveryNameEscapedAndEveryCellLabelled() {
        String provider = department("<script>alert('x')</script> Marketing");
        String customer = department("Sales & Co");
        site.asAdmin("POST", "/api/relationships",
                Map.of("providerId", provider, "customerId", customer, "agreement", Map.of("expectations", "Leads")));

        Response export = site.host().page(site.confluence(), EXPORT);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(export.body()).contains("<table")
            .contains("<caption")
            .contains("scope=\"col\"")
            .contains("scope=\"row\"")
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Marketing")
            .contains("Sales &amp; Co")
            .contains("Draft v1")
            .contains("2026-Q4")
            .doesNotContain("<script>")
            .doesNotContain("var(--ds");
    }

    @Test
    void isInTheReadersLanguageWhenTheExportAsksForGermanAndEnglishOtherwise() {
        String provider = department("Finanzen & Co");
        String customer = department("Vertrieb");
        site.asAdmin("POST", "/api/relationships",
                Map.of("providerId", provider, "customerId", customer, "agreement", Map.of("expectations", "Leads")));
        String path = site.host().signedUrl(site.confluence(), EXPORT).substring(("http://localhost:" + port).length());

        Response german = site.host()
            .send("GET", path, null, null, "application/json", Map.of("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"));
        Response french = site.host()
            .send("GET", path, null, null, "application/json", Map.of("Accept-Language", "fr"));

        assertThat(german.status()).isEqualTo(200);
        assertThat(german.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(String.join(",", german.headers().allValues("Vary"))).contains("Accept-Language");
        assertThat(german.body()).contains("Matrix der internen Kundenbeziehungen: Stand der Vereinbarung, Q4 2026")
            .contains("Anbieter \\ Kunde")
            .contains("Entwurf v1")
            .contains("Finanzen &amp; Co")
            .doesNotContain("Draft v1");
        assertThat(french.body()).contains("Internal Customer Relationship Matrix: agreement status, 2026-Q4")
            .contains("Draft v1");
    }

    @Test
    void isCachedByItsParametersAndRevalidatedByContent() {
        department("Marketing");
        Response first = site.host().page(site.confluence(), EXPORT);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.headers().firstValue("Cache-Control")).get()
            .asString()
            .contains("private")
            .contains("max-age=300");
        Response again = site.host()
            .send("GET",
                    site.host().signedUrl(site.confluence(), EXPORT).substring(("http://localhost:" + port).length()),
                    null, null, "application/json", Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);

        department("Sales");
        Response changed = site.host().page(site.confluence(), EXPORT);
        assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        assertThat(changed.body()).contains("Sales");
    }

    @Test
    void aDepartmentDeletedSinceThePageWasWrittenIsLeftOutAndMentionedOnce() {
        String marketing = department("Marketing");
        String sales = department("Sales");
        String legal = department("Legal");
        site.asAdmin("POST", "/api/relationships",
                Map.of("providerId", marketing, "customerId", sales, "agreement", Map.of("expectations", "Leads")));
        assertThat(site.asAdmin("DELETE", "/api/departments/" + legal, null).status()).isEqualTo(204);

        Response export = site.host()
            .page(site.confluence(), "/macros/matrix/export?departments=" + marketing + "," + legal + "," + sales
                    + "&metric=agreement&period=2026-Q4");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("<table")
            .contains("Marketing")
            .contains("Sales")
            .contains("Draft v1")
            .doesNotContain("Legal");
        assertThat(export.body().split("no longer exists", -1)).hasSize(2);
        assertThat(export.body())
            .contains("A department this macro names no longer exists; the matrix shows the others.");

        Response none = site.host()
            .page(site.confluence(), "/macros/matrix/export?departments=" + legal + "&metric=agreement&period=2026-Q4");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("no longer exists")
            .doesNotContain("<table")
            .doesNotContain("No departments yet");
    }

    @Test
    void anEmptySiteGetsAHelpfulSentenceNotAnEmptyTable() {
        Response export = site.host().page(site.confluence(), EXPORT);

        assertThat(export.body()).contains("No departments yet").doesNotContain("<table");
    }

    @Test
    void badParametersAreAJson400() {
        Response export = site.host().page(site.confluence(), "/macros/matrix/export?departments=&metric=mood&period=");

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.json()).containsEntry("field", "metric");
    }

    @Test
    void aContextTokenCannotFetchTheExport() {
        assertThat(site.host().get(EXPORT, "JWT " + site.host().contextToken(site.confluence())).status())
            .isEqualTo(401);
    }

    private String department(String name) {
        return site.asAdmin("POST", "/api/departments", Map.of("name", name)).json().get("id").toString();
    }

}
