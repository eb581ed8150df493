package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.review.ReviewView;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The quarterly review as the ADF of the macro's Forge export: the HTML export's sections
 * in its order and words, user text as it was typed (JSON carries it; nothing to escape),
 * valid ADF throughout. The review is {@link ReviewExportRenderingTest}'s.
 */
class ReviewAdfTest {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");

    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");

    private final ReviewAdf adf = new ReviewAdf();

    private final ReviewView review = ReviewExportRenderingTest
        .review(ReviewExportRenderingTest.trend(4.2, 0.8, 0.9, 0.75));

    private final String html = new ReviewExport().render(review);

    @Test
    void hasTheHtmlExportsHeadingsInItsOrder() {
        JsonNode doc = adf.render(review);

        List<JsonNode> headings = AdfTree.ofType(doc, "heading");
        assertThat(headings.get(0).path("attrs").path("level").asInt()).isEqualTo(1);
        assertThat(AdfTree.text(headings.get(0)))
            .isEqualTo("Quarterly review: <script>alert('dept')</script> Legal → Sales, 2026-Q4")
            .isEqualTo(htmlTexts("<h1[^>]*>(.*?)</h1>").get(0));
        assertThat(headings.subList(1, headings.size()))
            .allSatisfy(h -> assertThat(h.path("attrs").path("level").asInt()).isEqualTo(2));
        assertThat(headings.subList(1, headings.size()).stream().map(AdfTree::text))
            .containsExactlyElementsOf(htmlTexts("<h2[^>]*>(.*?)</h2>"))
            .containsExactly("The matrix this quarter", "Trend over the last four quarters", "Measures against targets",
                    "Objectives this quarter supports", "Frustrations, assumptions and suggestions", "Appreciation",
                    "The executive sponsor's notes");
        AdfTree.assertValid(doc);
    }

    @Test
    void theSnapshotAndTheTrendAreTheHtmlsTablesCellForCell() {
        List<JsonNode> tables = AdfTree.ofType(adf.render(review), "table");

        assertThat(AdfTree.cells(tables.get(0)))
            .isEqualTo(htmlTable(html.indexOf("<table", html.indexOf("The matrix this quarter"))));
        assertThat(AdfTree.cells(tables.get(0)).get(1)).containsExactly("<script>alert('dept')</script> Legal", "Sales",
                "Agreed", "4.2 of 5 · 80 % met · 4 of 5 answered", "9 yes · 1 no", "No data", "No data", "3");
        assertThat(AdfTree.cells(tables.get(1))).isEqualTo(htmlTable(html.indexOf("The trend in figures</caption>")));
        assertThat(AdfTree.cells(tables.get(1)).get(1)).containsExactly("2026-Q1", "No data", "No data", "No data",
                "No data", "0 of 0");
        assertThat(AdfTree.cells(tables.get(1)).get(4)).containsExactly("2026-Q4", "4.2", "80 %", "90 %", "75 %",
                "8 of 10");
    }

    @Test
    void measuresShowTheirTargetMonthsStatusInWordsAndScore() {
        JsonNode measures = AdfTree.ofType(adf.render(review), "table").get(2);

        List<List<String>> cells = AdfTree.cells(measures);
        assertThat(cells.get(0)).containsExactly("Measure", "Target", "Oct 2026", "Nov 2026", "Dec 2026", "Status",
                "Score");
        assertThat(cells.get(1)).containsExactly("<i>leads</i>\n\n<b>Quick</b> month-end close",
                "at least 40 Leads & more", "12 Leads & more", "30 Leads & more", "no data", "On track", "0.75");
        assertThat(cells.get(4)).containsExactly("Rating\n\n<b>Quick</b> month-end close", "at least 4 of 5", "no data",
                "no data", "no data", "No data", "–");
        JsonNode status = AdfTree.children(AdfTree.children(measures).get(2)).get(5);
        assertThat(AdfTree.ofType(status, "text").get(0).path("marks").get(0).path("type").asText())
            .isEqualTo("strong");
        assertThat(AdfTree.text(adf.render(review))).contains(ExportWords.ENGLISH.text(ReviewExport.SCORE_NOTE));
    }

    @Test
    void eachSideHasItsOwnColumnWithWhatItRaised() {
        JsonNode items = AdfTree.ofType(adf.render(review), "table").get(3);

        List<List<String>> cells = AdfTree.cells(items);
        assertThat(cells.get(0)).containsExactly("Provider side (<script>alert('dept')</script> Legal)",
                "Customer side (Sales)");
        assertThat(cells.get(1).get(0)).isEqualTo("Frustration · Agreed action\n\n"
                + "<img src=x onerror=alert('item')> Requests arrive without a deadline\n\nAgreed action: Sales adds a due date");
        assertThat(cells.get(1).get(1)).isEqualTo("Assumption · Open\n\nWe assume Legal needs a week for any contract");
    }

    @Test
    void objectivesThanksAndNotesReadAsTheHtmlsDoWithTypedLineBreaksKept() {
        JsonNode doc = adf.render(review);

        List<JsonNode> lists = AdfTree.ofType(doc, "bulletList");
        assertThat(AdfTree.text(lists.get(0))).isEqualTo("<b>Quick</b> month-end close\n\nClose in 5 days");
        assertThat(AdfTree.text(lists.get(1))).isEqualTo(
                "23 Nov 2026: Someone in Sales thanked 1 person in <script>alert('dept')</script> Legal: “Thanks for the <u>fast</u> reconciliation”");
        assertThat(AdfTree.text(doc)).contains("<script>alert('dept')</script> Legal → Sales · 23 Nov 2026\n\n"
                + "<script>alert('note')</script>\nBoth sides agreed to meet monthly.");
        assertThat(AdfTree.ofType(doc, "hardBreak")).isNotEmpty();
    }

    @Test
    void anEmptyReviewSaysSoInEverySection() {
        ReviewView empty = new ReviewView(review.scope(), review.quarter(), review.quarters(), List.of(),
                review.trend(), List.of(), List.of(), List.of(), List.of(), List.of(), review.you(),
                review.generatedAt());

        JsonNode doc = adf.render(empty);

        AdfTree.assertValid(doc);
        assertThat(AdfTree.text(doc)).contains(ExportWords.ENGLISH.text(ReviewExport.SNAPSHOT.none()),
                ExportWords.ENGLISH.text(ReviewExport.MEASURES.none()),
                ExportWords.ENGLISH.text(ReviewExport.OBJECTIVES.none()),
                ExportWords.ENGLISH.text(ReviewExport.ITEMS.none()),
                ExportWords.ENGLISH.text(ReviewExport.APPRECIATION.none()),
                ExportWords.ENGLISH.text(ReviewExport.NOTES.none()));
        assertThat(AdfTree.ofType(doc, "table")).hasSize(1);
    }

    @Test
    void aDepartmentsReviewNamesTheRelationshipOfEachEntry() {
        ReviewView department = new ReviewView(new ReviewView.Scope("department", "d-sales", "Sales"), review.quarter(),
                review.quarters(), review.snapshot(), review.trend(), review.objectives(), review.measures(),
                review.items(), review.appreciation(), review.sponsorNotes(), review.you(), review.generatedAt());

        JsonNode doc = adf.render(department);

        AdfTree.assertValid(doc);
        assertThat(AdfTree.text(AdfTree.ofType(doc, "heading").get(0))).isEqualTo("Quarterly review: Sales, 2026-Q4");
        assertThat(AdfTree.text(doc)).contains("Department: all the relationships it provides or receives.")
            .contains("Frustration · Agreed action · <script>alert('dept')</script> Legal → Sales")
            .contains("Supported by <script>alert('dept')</script> Legal → Sales");
    }

    private List<String> htmlTexts(String pattern) {
        return Pattern.compile(pattern).matcher(html).results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
    }

    /** The rows of cell texts of the HTML table that starts at or around {@code from}. */
    private List<List<String>> htmlTable(int from) {
        String table = html.substring(from, html.indexOf("</table>", from));
        return ROW.matcher(table)
            .results()
            .map(row -> CELL.matcher(row.group(1)).results().map(c -> HtmlUtils.htmlUnescape(c.group(1))).toList())
            .toList();
    }

}
