package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.Period;
import com.icr.relationship.MatrixView;
import com.icr.relationship.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The matrix as the ADF of the macro's Forge export: the HTML export's table, cell for
 * cell, as valid ADF whatever the departments are called.
 */
class MatrixAdfTest {

    private static final Period Q4 = new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");

    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");

    private final MatrixAdf adf = new MatrixAdf();

    private final MatrixView matrix = new MatrixView(Metric.AGREEMENT, Q4,
            List.of(new MatrixView.Axis("m", "<script>alert('x')</script> Marketing"),
                    new MatrixView.Axis("s", "Sales & Co"), new MatrixView.Axis("l", "Legal")),
            List.of(new MatrixView.Cell(0, 1, 1.0, "Agreed v2", false, null),
                    new MatrixView.Cell(1, 0, 0.6, "Draft v1", false, null),
                    new MatrixView.Cell(2, 1, null, "No agreement", false, null)),
            List.of());

    @Test
    void isTheHtmlExportsTableCellForCell() {
        JsonNode doc = adf.render(matrix);

        JsonNode table = AdfTree.ofType(doc, "table").get(0);
        assertThat(AdfTree.children(table)).hasSize(matrix.departments().size() + 1);
        assertThat(AdfTree.cells(table)).isEqualTo(htmlCells(new MatrixExport().render(matrix)));
        assertThat(AdfTree.cells(table).get(0)).containsExactly("Provider \\ Customer",
                "<script>alert('x')</script> Marketing", "Sales & Co", "Legal");
        assertThat(AdfTree.cells(table).get(1)).containsExactly("<script>alert('x')</script> Marketing", "",
                "Agreed v2", "–");
        AdfTree.assertValid(doc);
    }

    @Test
    void departmentsHeadTheirRowAndColumnAndFiguresKeepTheirTint() {
        JsonNode table = AdfTree.ofType(adf.render(matrix), "table").get(0);

        assertThat(AdfTree.children(table))
            .allSatisfy(row -> assertThat(AdfTree.children(row).get(0).path("type").asText()).isEqualTo("tableHeader"));
        assertThat(AdfTree.children(AdfTree.children(table).get(0)))
            .allSatisfy(cell -> assertThat(cell.path("type").asText()).isEqualTo("tableHeader"));
        JsonNode agreed = AdfTree.children(AdfTree.children(table).get(1)).get(2);
        assertThat(agreed.path("type").asText()).isEqualTo("tableCell");
        assertThat(agreed.path("attrs").path("background").asText())
            .isEqualTo(MatrixExport.tint(matrix.cells().get(0)));
        JsonNode noFigure = AdfTree.children(AdfTree.children(table).get(3)).get(2);
        assertThat(noFigure.has("attrs")).isFalse();
    }

    @Test
    void theCaptionSaysWhatTheTableShowsAboveIt() {
        JsonNode doc = adf.render(matrix);

        JsonNode caption = AdfTree.children(doc).get(0);
        assertThat(AdfTree.text(caption)).isEqualTo(
                "Internal Customer Relationship Matrix: agreement status, 2026-Q4 (rows provide, columns receive)");
        assertThat(caption.path("content").get(0).path("marks").get(0).path("type").asText()).isEqualTo("strong");
        assertThat(AdfTree.children(doc).get(1).path("type").asText()).isEqualTo("table");
    }

    @Test
    void aDeletedDepartmentIsMentionedOnceAndAnEmptySiteGetsItsSentence() {
        MatrixView missing = new MatrixView(Metric.AGREEMENT, Q4, matrix.departments(), matrix.cells(),
                List.of("gone"));
        MatrixView allMissing = new MatrixView(Metric.AGREEMENT, Q4, List.of(), List.of(), List.of("gone"));
        MatrixView empty = new MatrixView(Metric.YESNO, Q4, List.of(), List.of(), List.of());

        assertThat(AdfTree.text(AdfTree.children(adf.render(missing)).get(0)))
            .isEqualTo("A department this macro names no longer exists; the matrix shows the others.");
        assertThat(AdfTree.children(adf.render(allMissing))).singleElement()
            .satisfies(p -> assertThat(AdfTree.text(p)).contains("no longer exists"));
        assertThat(AdfTree.children(adf.render(empty))).singleElement()
            .satisfies(
                    p -> assertThat(AdfTree.text(p)).isEqualTo(ExportWords.ENGLISH.text(MatrixExport.NO_DEPARTMENTS)));
        AdfTree.assertValid(adf.render(missing));
        AdfTree.assertValid(adf.render(empty));
    }

    @Test
    void controlCharactersAndLineBreaksInANameNeverMakeAnInvalidOrEmptyTextNode() {
        MatrixView odd = new MatrixView(Metric.AGREEMENT, Q4,
                List.of(new MatrixView.Axis("a", "Fin\u0000ance\u0007"), new MatrixView.Axis("b", "\u0001\u001F"),
                        new MatrixView.Axis("c", "Line one\r\nLine\ttwo\n")),
                List.of(new MatrixView.Cell(0, 1, 0.2, "Draft\u0000 v1", false, null)), List.of());

        JsonNode doc = adf.render(odd);

        AdfTree.assertValid(doc);
        List<String> header = AdfTree.cells(AdfTree.ofType(doc, "table").get(0)).get(0);
        assertThat(header).containsExactly("Provider \\ Customer", "Finance", "", "Line one\nLine two");
        assertThat(AdfTree.cells(AdfTree.ofType(doc, "table").get(0)).get(1)).contains("Draft v1");
    }

    /** The HTML table's rows of cell texts, as a reader sees them. */
    private static List<List<String>> htmlCells(String html) {
        return ROW.matcher(html)
            .results()
            .map(row -> CELL.matcher(row.group(1)).results().map(c -> HtmlUtils.htmlUnescape(c.group(1))).toList())
            .toList();
    }

}
