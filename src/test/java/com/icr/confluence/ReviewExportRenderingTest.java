package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.appreciation.AppreciationView;
import com.icr.measure.Direction;
import com.icr.review.ItemKind;
import com.icr.review.ItemStatus;
import com.icr.review.ItemView;
import com.icr.measure.MeasureSource;
import com.icr.measure.MeasureView;
import com.icr.measure.MeasureView.MonthValue;
import com.icr.objective.ObjectiveView;
import com.icr.review.ReviewView;
import com.icr.review.ReviewView.TrendPoint;
import com.icr.relationship.Side;
import com.icr.review.SponsorNoteView;
import com.icr.relationship.Standing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The review's HTML and SVG as they reach a PDF: inert user text, honest gaps, words for
 * every status.
 */
class ReviewExportRenderingTest {

    private static final String SCRIPT_DEPARTMENT = "<script>alert('dept')</script> Legal";

    private static final String IMG_ITEM = "<img src=x onerror=alert('item')> Requests arrive without a deadline";

    private static final String SCRIPT_NOTE = "<script>alert('note')</script>\nBoth sides agreed to meet monthly.";

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ReviewExport export = new ReviewExport();

    @Test
    void everyUserSuppliedTextComesOutInert() {
        String html = export.render(review(trend(4.2, 0.8, 0.9, 0.75)));

        assertThat(html).doesNotContain("<script")
            .doesNotContain("<img")
            .doesNotContain("<b>")
            .doesNotContain("<u>")
            .contains("&lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal")
            .contains("&lt;img src=x onerror=alert(&#39;item&#39;)&gt; Requests arrive without a deadline")
            .contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;<br>Both sides agreed to meet monthly.")
            .contains("&lt;b&gt;Quick&lt;/b&gt; month-end close")
            .contains("Leads &amp; more")
            .contains("&lt;i&gt;leads&lt;/i&gt;")
            .contains("Thanks for the &lt;u&gt;fast&lt;/u&gt; reconciliation");
        assertThat(html).startsWith("<div class=\"icr-review-export\"").doesNotContain("var(--ds");
    }

    @Test
    void theTitleNamesTheScopeAndTheQuarter() {
        String html = export.render(review(trend(4.2, 0.8, 0.9, 0.75)));

        assertThat(html).contains("<h1")
            .contains("Quarterly review: &lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal → Sales, 2026-Q4");
    }

    @Test
    void aQuarterWithoutDataIsAGapNeverAPointOrABridgingLine() {
        List<TrendPoint> trend = List.of(point("2026-Q1", 3.5, 0.5), point("2026-Q2", null, null),
                point("2026-Q3", 4.0, 0.75), point("2026-Q4", 4.25, 1.0));

        String svg = ReviewCharts.chart(ReviewCharts.SATISFACTION, trend);

        assertThat(count(svg, "<circle")).isEqualTo(3);
        // Q1 stands alone; only Q3 to Q4 is joined
        assertThat(Pattern.compile("<line [^>]*stroke=\"#000000\"").matcher(svg).results().count()).isEqualTo(1);
        assertThat(svg).contains(">no data</text>")
            .contains(">3.5</text>")
            .contains(">4.0</text>")
            .contains(">4.3</text>")
            .doesNotContain(">0.0</text>");
        assertThat(ReviewCharts.alternative(ReviewCharts.SATISFACTION, trend)).isEqualTo(
                "Satisfaction (average rating, 1 to 5), by quarter: 2026-Q1 3.5; 2026-Q2 no data; 2026-Q3 4.0; 2026-Q4 4.3.");
        assertThat(ReviewCharts.alternative(ReviewCharts.MET, trend))
            .contains("2026-Q1 50 %; 2026-Q2 no data; 2026-Q3 75 %; 2026-Q4 100 %");
    }

    @Test
    void aTrendWithNoDataAtAllDrawsNoPointsAndSaysSo() {
        List<TrendPoint> empty = List.of(point("2026-Q1", null, null), point("2026-Q2", null, null),
                point("2026-Q3", null, null), point("2026-Q4", null, null));

        String html = export.render(review(empty));

        assertThat(html).doesNotContain("<circle").contains("2026-Q2 no data");
        assertThat(Pattern.compile("<line [^>]*stroke=\"#000000\"").matcher(html).results().count()).isZero();
        assertThat(count(html, ">No data in these quarters</text>")).isEqualTo(4);
        assertThat(html).doesNotContain(">no data</text>");
        assertThat(count(html, "<td style=\"border:1px solid #8C8C8C;padding:4px;vertical-align:top;\">No data</td>"))
            .isGreaterThanOrEqualTo(16);
    }

    @Test
    void everyChartIsWellFormedSvgWithLabelledAxesAndATextAlternative() throws Exception {
        String html = export.render(review(trend(4.2, 0.8, 0.9, 0.75)));

        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
            assertThat(svg.group()).contains("role=\"img\"")
                .contains("aria-label=\"")
                .contains("<title>")
                .contains(">Quarter</text>")
                .containsAnyOf(">Rating</text>", ">Percent</text>")
                .contains(">2026-Q1</text>")
                .contains(">2026-Q4</text>");
        }
        assertThat(charts).isEqualTo(4);
        assertThat(html).contains(">80 %</text>")
            .contains(">90 %</text>")
            .contains(">75 %</text>")
            .contains(">4.2</text>")
            .contains("The trend in figures");
    }

    @Test
    void measuresShowTheirTargetValuesStatusInWordsAndScore() {
        String html = export.render(review(trend(4.2, 0.8, 0.9, 0.75)));

        assertThat(html).contains("<strong>On track</strong>")
            .contains("<strong>At risk</strong>")
            .contains("<strong>Off track</strong>")
            .contains("<strong>No data</strong>")
            .contains(">0.75<")
            .contains(">0.50<")
            .contains(">0.20<")
            .contains("at least 40 Leads &amp; more")
            .contains("at most 30 days")
            .contains("at least 80 %")
            .contains("at least 4 of 5")
            .contains(">Oct 2026<")
            .contains(">Nov 2026<")
            .contains(">Dec 2026<");
    }

    @Test
    void eachSideHasItsOwnColumn() {
        String html = export.render(review(trend(4.2, 0.8, 0.9, 0.75)));

        int provider = html.indexOf("Provider side (&lt;script&gt;");
        int customer = html.indexOf("Customer side (Sales)");
        int providerItem = html.indexOf("Requests arrive without a deadline");
        int customerItem = html.indexOf("We assume Legal needs a week");
        int columnBreak = html.indexOf("</td><td", providerItem);
        assertThat(provider).isPositive().isLessThan(customer);
        assertThat(providerItem).isGreaterThan(customer).isLessThan(columnBreak);
        assertThat(customerItem).isGreaterThan(columnBreak);
        assertThat(html).contains("<strong>Frustration</strong>")
            .contains("<strong>Assumption</strong>")
            .contains("Agreed action")
            .contains("· Agreed action")
            .contains("· Open");
    }

    @Test
    void aRefusalIsASentenceWithItsReasonEscaped() {
        String html = ReviewExport.refusal("mode: must be matrix or review, not <script>alert(1)</script>.");

        assertThat(html).contains("The quarterly review cannot be shown.")
            .contains("not &lt;script&gt;alert(1)&lt;/script&gt;.")
            .doesNotContain("<script");
    }

    static ReviewView review(List<TrendPoint> trend) {
        String rel = "rel-1";
        ReviewView.SnapshotRow row = new ReviewView.SnapshotRow(rel, "d-legal", SCRIPT_DEPARTMENT, "d-sales", "Sales",
                Standing.AGREED, new ReviewView.Cell(0.8, "4.2 of 5 · 80 % met · 4 of 5 answered"),
                new ReviewView.Cell(0.9, "9 yes · 1 no"), null, null, 3);
        List<MonthValue> months = List.of(new MonthValue("2026-10", 12.0), new MonthValue("2026-11", 30.0),
                new MonthValue("2026-12", null));
        List<MeasureView> measures = List.of(
                measure("m1", "<i>leads</i>", "Leads & more", MeasureSource.MANUAL, Direction.HIGHER, 40, months, 0.75,
                        "on-track"),
                measure("m2", "Days to fill a role", "days", MeasureSource.MANUAL, Direction.LOWER, 30, months, 0.5,
                        "at-risk"),
                measure("m3", "Expectations met", null, MeasureSource.EXPECTATIONS_MET, Direction.HIGHER, 80, months,
                        0.2, "off-track"),
                measure("m4", "Rating", null, MeasureSource.SATISFACTION, Direction.HIGHER, 4, noValues(), null,
                        "no-data"));
        List<ItemView> items = List.of(
                item("i1", Side.PROVIDER, "d-legal", SCRIPT_DEPARTMENT, ItemKind.FRUSTRATION, IMG_ITEM,
                        ItemStatus.AGREED_ACTION, "Sales adds a due date"),
                item("i2", Side.CUSTOMER, "d-sales", "Sales", ItemKind.ASSUMPTION,
                        "We assume Legal needs a week for any contract", ItemStatus.OPEN, null));
        List<ObjectiveView> objectives = List.of(new ObjectiveView("o1", "2026-Q4", "<b>Quick</b> month-end close",
                "Close in 5 days", "557058:x", List.of(rel), NOW, null, null));
        List<AppreciationView> thanks = List
            .of(new AppreciationView("a1", "557058:s", "d-sales", "Sales", "d-legal", SCRIPT_DEPARTMENT,
                    List.of("557058:l"), "Thanks for the <u>fast</u> reconciliation", null, "direct", NOW));
        List<SponsorNoteView> notes = List
            .of(new SponsorNoteView(rel, SCRIPT_DEPARTMENT + " → Sales", "2026-Q4", SCRIPT_NOTE, "557058:e", NOW));
        return new ReviewView(new ReviewView.Scope("relationship", rel, SCRIPT_DEPARTMENT + " → Sales"), "2026-Q4",
                trend.stream().map(TrendPoint::quarter).toList(), List.of(row), trend, objectives, measures, items,
                thanks, notes, new ReviewView.You(false, Map.of(), List.of()), NOW);
    }

    static List<TrendPoint> trend(double satisfaction, double met, double yes, double service) {
        return List.of(new TrendPoint("2026-Q1", null, null, null, null, 0, 0),
                new TrendPoint("2026-Q2", 3.8, 0.6, 0.7, 0.5, 6, 4),
                new TrendPoint("2026-Q3", 4.0, 0.7, null, 0.6, 8, 6),
                new TrendPoint("2026-Q4", satisfaction, met, yes, service, 10, 8));
    }

    private static TrendPoint point(String quarter, Double satisfaction, Double share) {
        return new TrendPoint(quarter, satisfaction, share, share, share, 0, 0);
    }

    private static MeasureView measure(String id, String name, String unit, MeasureSource source, Direction direction,
            double target, List<MonthValue> months, Double score, String status) {
        return new MeasureView(id, "rel-1", "o1", name, unit, source, direction, target, months,
                months.get(1).value() == null ? null : months.get(1), score, status, NOW, null);
    }

    private static List<MonthValue> noValues() {
        return List.of(new MonthValue("2026-10", null), new MonthValue("2026-11", null),
                new MonthValue("2026-12", null));
    }

    private static ItemView item(String id, Side side, String departmentId, String departmentName, ItemKind kind,
            String text, ItemStatus status, String action) {
        return new ItemView(id, "rel-1", side, departmentId, departmentName, kind, text, status, null, action,
                "557058:c", NOW, NOW, "557058:c", null);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

}
