package com.icr.confluence;

import com.icr.appreciation.AppreciationView;
import com.icr.review.ItemView;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveView;
import com.icr.review.ReviewView;
import com.icr.relationship.Side;
import com.icr.review.SponsorNoteView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The quarterly review as static HTML for PDF and Word: what the macro's review mode
 * shows, in the order a review meeting walks through it. Like {@link MatrixExport}:
 * inline styles, print-safe greys, meaning in words rather than colour, and every
 * user-supplied text escaped (the escaping happens in {@link #escape}, at the point of
 * output, so no caller can forget it).
 */
@Component
class ReviewExport {

    private static final String BOX = "font-family:Arial,Helvetica,sans-serif;font-size:9pt;color:#000000;max-width:680px;";

    private static final String H = "font-size:11pt;margin:14px 0 6px 0;padding:0 0 2px 0;border-bottom:1px solid #8C8C8C;";

    private static final String TABLE = "border-collapse:collapse;width:100%;font-size:9pt;";

    private static final String TH = "border:1px solid #8C8C8C;padding:4px;background:#F0F0F0;text-align:left;vertical-align:top;";

    private static final String TD = "border:1px solid #8C8C8C;padding:4px;vertical-align:top;";

    private static final String MUTED = "color:#595959;";

    /**
     * A section of the review: the keys of its heading, and of what it says when it has
     * nothing to show (null: it always shows something). The words here and below are the
     * review's in every rendering: this HTML and the ADF of the macro's Forge export, in
     * the reader's language ({@link ExportWords}).
     */
    record Section(String heading, String none) {
    }

    static final Section SNAPSHOT = new Section("export.review.snapshot.heading", "export.review.snapshot.none");

    static final Section TREND = new Section("export.review.trend.heading", null);

    static final Section MEASURES = new Section("export.review.measures.heading", "export.review.measures.none");

    static final Section OBJECTIVES = new Section("export.review.objectives.heading", "export.review.objectives.none");

    static final Section ITEMS = new Section("export.review.items.heading", "export.review.items.none");

    static final Section APPRECIATION = new Section("export.review.appreciation.heading",
            "export.review.appreciation.none");

    static final Section NOTES = new Section("export.review.notes.heading", "export.review.notes.none");

    static final List<String> SNAPSHOT_COLUMNS = List.of("export.review.column.provider",
            "export.review.column.customer", "export.review.column.agreement", "export.review.column.satisfaction",
            "export.review.column.yesno", "export.review.column.service", "export.review.column.specification",
            "export.review.column.open");

    static final String TREND_CAPTION = "export.review.trend.caption";

    static final List<String> TREND_COLUMNS = List.of("export.review.trend.quarter", "export.review.trend.satisfaction",
            "export.review.trend.met", "export.review.trend.yes", "export.review.trend.service",
            "export.review.trend.answered");

    /** A month of a measure without a value. */
    static final String NO_MONTH_VALUE = "export.review.no-month-value";

    static final String SCORE_NOTE = "export.review.score-note";

    /** Where one side of a relationship raised nothing. */
    static final String NOTHING_RAISED = "export.review.nothing-raised";

    static final List<String> MEASURE_COLUMNS = List.of("export.review.measure.measure", "export.review.measure.target",
            "export.review.measure.status", "export.review.measure.score");

    String render(ReviewView review) {
        return render(review, ExportWords.ENGLISH);
    }

    /** The review in the reader's language; names and texts as people wrote them. */
    String render(ReviewView review, ExportWords words) {
        Map<String, String> names = relationshipNames(review);
        StringBuilder html = new StringBuilder(8192).append("<div class=\"icr-review-export\" style=\"")
            .append(BOX)
            .append("\">");
        html.append("<h1 style=\"font-size:14pt;margin:0 0 2px 0;\">")
            .append(escape(title(words, review)))
            .append("</h1><p style=\"margin:0 0 8px 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(subtitle(words, review)))
            .append("</p>");
        snapshot(html, review.snapshot(), words);
        trend(html, review.trend(), words);
        measures(html, review.measures(), review.objectives(), names, words);
        objectives(html, review.objectives(), names, words);
        items(html, review, names, words);
        appreciation(html, review.appreciation(), words);
        notes(html, review.sponsorNotes(), words);
        return html.append("</div>").toString();
    }

    static String title(ExportWords words, ReviewView review) {
        return words.text("export.review.title", review.scope().name(), words.quarter(review.quarter()));
    }

    /** What the review covers and when it was made. */
    static String subtitle(ExportWords words, ReviewView review) {
        return words.text("department".equals(review.scope().kind()) ? "export.review.subtitle.department"
                : "export.review.subtitle.relationship", words.day(review.generatedAt()));
    }

    /**
     * Each relationship by its two departments, for a review over several of them (a
     * department's); none for one relationship's review, whose title names it.
     */
    static Map<String, String> relationshipNames(ReviewView review) {
        if (!"department".equals(review.scope().kind())) {
            return Map.of();
        }
        return review.snapshot()
            .stream()
            .collect(Collectors.toMap(ReviewView.SnapshotRow::relationshipId,
                    r -> r.providerName() + " → " + r.customerName(), (a, b) -> a));
    }

    /**
     * Why there is no review to show, in place of it: the page still exports, with the
     * reason on it.
     */
    static String refusal(String reason) {
        return refusal(ExportWords.ENGLISH, reason);
    }

    static String refusal(ExportWords words, String reason) {
        return "<div class=\"icr-review-export\" style=\"" + BOX
                + "\"><p style=\"border:1px solid #8C8C8C;padding:6px;\"><strong>"
                + escape(words.text("export.review.refusal")) + "</strong> "
                + escape(reason.endsWith(".") ? reason : reason + ".") + " "
                + escape(words.text("export.review.refusal.hint")) + "</p></div>";
    }

    private static void snapshot(StringBuilder html, List<ReviewView.SnapshotRow> rows, ExportWords words) {
        heading(html, words.text(SNAPSHOT.heading()));
        if (rows.isEmpty()) {
            none(html, words.text(SNAPSHOT.none()));
            return;
        }
        html.append("<table style=\"").append(TABLE).append("\"><thead><tr>");
        for (String column : SNAPSHOT_COLUMNS) {
            html.append("<th scope=\"col\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(words.text(column)))
                .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReviewView.SnapshotRow row : rows) {
            html.append("<tr><th scope=\"row\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(row.providerName()))
                .append("</th>");
            cells(html, row.customerName(), standing(words, row), cell(words, row.satisfaction()),
                    cell(words, row.yesno()), cell(words, row.service()), cell(words, row.specification()),
                    String.valueOf(row.open()));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void trend(StringBuilder html, List<ReviewView.TrendPoint> trend, ExportWords words) {
        heading(html, words.text(TREND.heading()));
        html.append(
                "<table style=\"border-collapse:collapse;width:100%;table-layout:fixed;\"><tr><td style=\"width:50%;padding:0 8px 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.SATISFACTION, trend, words))
            .append("</td><td style=\"width:50%;padding:0 0 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.MET, trend, words))
            .append("</td></tr><tr><td style=\"width:50%;padding:0 8px 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.YES, trend, words))
            .append("</td><td style=\"width:50%;padding:0 0 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.SERVICE, trend, words))
            .append("</td></tr></table>");
        // The same figures as a table: Word exports may drop the drawings, and it is the
        // charts' text alternative.
        html.append("<table style=\"")
            .append(TABLE)
            .append("\"><caption style=\"text-align:left;padding:0 0 4px 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(words.text(TREND_CAPTION)))
            .append("</caption><thead><tr>");
        for (String column : TREND_COLUMNS) {
            html.append("<th scope=\"col\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(words.text(column)))
                .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReviewView.TrendPoint point : trend) {
            html.append("<tr><th scope=\"row\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(words.quarter(point.quarter())))
                .append("</th>");
            cells(html, value(words, ReviewCharts.SATISFACTION, point), value(words, ReviewCharts.MET, point),
                    value(words, ReviewCharts.YES, point), value(words, ReviewCharts.SERVICE, point),
                    answered(words, point));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void measures(StringBuilder html, List<MeasureView> measures, List<ObjectiveView> objectives,
            Map<String, String> relationships, ExportWords words) {
        heading(html, words.text(MEASURES.heading()));
        if (measures.isEmpty()) {
            none(html, words.text(MEASURES.none()));
            return;
        }
        Map<String, String> titles = objectives.stream()
            .collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::title, (a, b) -> a));
        html.append("<table style=\"")
            .append(TABLE)
            .append("\"><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">")
            .append(escape(words.text(MEASURE_COLUMNS.get(0))))
            .append("</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">")
            .append(escape(words.text(MEASURE_COLUMNS.get(1))))
            .append("</th>");
        measures.get(0)
            .months()
            .forEach(m -> html.append("<th scope=\"col\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(words.month(m.month())))
                .append("</th>"));
        html.append("<th scope=\"col\" style=\"")
            .append(TH)
            .append("\">")
            .append(escape(words.text(MEASURE_COLUMNS.get(2))))
            .append("</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">")
            .append(escape(words.text(MEASURE_COLUMNS.get(3))))
            .append("</th></tr></thead><tbody>");
        for (MeasureView measure : measures) {
            html.append("<tr><th scope=\"row\" style=\"").append(TH).append("\">").append(escape(measure.name()));
            context(html, relationships.get(measure.relationshipId()));
            context(html, measure.objectiveId() == null ? null : titles.get(measure.objectiveId()));
            html.append("</th><td style=\"")
                .append(TD)
                .append("\">")
                .append(escape(target(words, measure)))
                .append("</td>");
            measure.months()
                .forEach(m -> html.append("<td style=\"")
                    .append(TD)
                    .append("\">")
                    .append(m.value() == null
                            ? "<span style=\"" + MUTED + "\">" + escape(words.text(NO_MONTH_VALUE)) + "</span>"
                            : escape(amount(words, measure, m.value())))
                    .append("</td>"));
            html.append("<td style=\"")
                .append(TD)
                .append("\"><strong>")
                .append(escape(status(words, measure.status())))
                .append("</strong></td><td style=\"")
                .append(TD)
                .append("\">")
                .append(escape(score(words, measure)))
                .append("</td></tr>");
        }
        html.append("</tbody></table><p style=\"margin:4px 0 0 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(words.text(SCORE_NOTE)))
            .append("</p>");
    }

    private static void objectives(StringBuilder html, List<ObjectiveView> objectives,
            Map<String, String> relationships, ExportWords words) {
        heading(html, words.text(OBJECTIVES.heading()));
        if (objectives.isEmpty()) {
            none(html, words.text(OBJECTIVES.none()));
            return;
        }
        html.append("<ul style=\"margin:0;padding:0 0 0 18px;\">");
        for (ObjectiveView objective : objectives) {
            html.append("<li style=\"margin:0 0 4px 0;\"><strong>")
                .append(escape(objective.title()))
                .append("</strong>");
            if (objective.description() != null) {
                html.append("<br>").append(multiline(objective.description()));
            }
            String supporters = supporters(words, objective, relationships);
            if (supporters != null) {
                html.append("<br><span style=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(escape(supporters))
                    .append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    /**
     * Provider and customer side by side: the practice compares what each side says about
     * the other.
     */
    private static void items(StringBuilder html, ReviewView review, Map<String, String> relationships,
            ExportWords words) {
        heading(html, words.text(ITEMS.heading()));
        if (review.items().isEmpty()) {
            none(html, words.text(ITEMS.none()));
            return;
        }
        html.append("<table style=\"")
            .append(TABLE)
            .append("table-layout:fixed;\"><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append(escape(sideHeading(words, review, Side.PROVIDER)))
            .append("</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append(escape(sideHeading(words, review, Side.CUSTOMER)))
            .append("</th></tr></thead><tbody><tr><td style=\"")
            .append(TD)
            .append("\">");
        side(html, review.items(), Side.PROVIDER, relationships, words);
        html.append("</td><td style=\"").append(TD).append("\">");
        side(html, review.items(), Side.CUSTOMER, relationships, words);
        html.append("</td></tr></tbody></table>");
    }

    private static void side(StringBuilder html, List<ItemView> items, Side side, Map<String, String> relationships,
            ExportWords words) {
        List<ItemView> raised = raisedBy(items, side);
        if (raised.isEmpty()) {
            html.append("<span style=\"")
                .append(MUTED)
                .append("\">")
                .append(escape(words.text(NOTHING_RAISED)))
                .append("</span>");
        }
        for (ItemView item : raised) {
            html.append("<div style=\"margin:0 0 8px 0;page-break-inside:avoid;\"><strong>")
                .append(escape(words.text("export.review.kind." + item.kind().key())))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">")
                .append(escape(whereAndHowFar(words, item, relationships)))
                .append("</span><br>")
                .append(multiline(item.text()));
            if (item.action() != null) {
                html.append("<br><em>")
                    .append(escape(words.text("export.review.agreed-action")))
                    .append("</em> ")
                    .append(multiline(item.action()));
            }
            html.append("</div>");
        }
    }

    private static void appreciation(StringBuilder html, List<AppreciationView> thanks, ExportWords words) {
        heading(html, words.text(APPRECIATION.heading()));
        if (thanks.isEmpty()) {
            none(html, words.text(APPRECIATION.none()));
            return;
        }
        html.append("<ul style=\"margin:0;padding:0 0 0 18px;\">");
        for (AppreciationView thank : thanks) {
            html.append("<li style=\"margin:0 0 4px 0;\">").append(escape(thanked(words, thank))).append("</li>");
        }
        html.append("</ul>");
    }

    private static void notes(StringBuilder html, List<SponsorNoteView> notes, ExportWords words) {
        heading(html, words.text(NOTES.heading()));
        if (notes.isEmpty()) {
            none(html, words.text(NOTES.none()));
            return;
        }
        for (SponsorNoteView note : notes) {
            html.append("<p style=\"margin:0 0 6px 0;\"><strong>")
                .append(escape(note.relationshipName()))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">")
                .append(escape(dated(words, note)))
                .append("</span><br>")
                .append(multiline(note.text()))
                .append("</p>");
        }
    }

    private static void heading(StringBuilder html, String title) {
        html.append("<h2 style=\"").append(H).append("\">").append(escape(title)).append("</h2>");
    }

    private static void none(StringBuilder html, String sentence) {
        html.append("<p style=\"margin:0;").append(MUTED).append("\">").append(escape(sentence)).append("</p>");
    }

    private static void cells(StringBuilder html, String... texts) {
        for (String text : texts) {
            html.append("<td style=\"").append(TD).append("\">").append(escape(text)).append("</td>");
        }
    }

    private static void context(StringBuilder html, String line) {
        if (line != null) {
            html.append("<br><span style=\"font-weight:normal;")
                .append(MUTED)
                .append("\">")
                .append(escape(line))
                .append("</span>");
        }
    }

    /**
     * "Provider side (Finance)": the department is named when the review has one
     * relationship.
     */
    static String sideHeading(ExportWords words, ReviewView review, Side side) {
        boolean one = review.snapshot().size() == 1;
        String word = words.text(side == Side.PROVIDER ? "export.review.side.provider" : "export.review.side.customer");
        if (!one) {
            return word;
        }
        ReviewView.SnapshotRow row = review.snapshot().get(0);
        return words.text("export.review.side.named", word,
                side == Side.PROVIDER ? row.providerName() : row.customerName());
    }

    /** One side's entries, frustrations first, then assumptions, then suggestions. */
    static List<ItemView> raisedBy(List<ItemView> items, Side side) {
        return items.stream()
            .filter(i -> i.side() == side)
            .sorted(Comparator.comparing((ItemView i) -> i.kind().ordinal()))
            .toList();
    }

    /** "· Agreed action · Legal → Sales": after the entry's kind. */
    static String whereAndHowFar(ExportWords words, ItemView item, Map<String, String> relationships) {
        String where = relationships.get(item.relationshipId());
        return "· " + words.text("export.review.item-status." + item.status().key())
                + (where == null ? "" : " · " + where);
    }

    /**
     * "Supported by HR → IT, Sales → IT", or null when none of the review's relationships
     * does.
     */
    static String supporters(ExportWords words, ObjectiveView objective, Map<String, String> relationships) {
        String names = objective.relationshipIds()
            .stream()
            .map(relationships::get)
            .filter(n -> n != null)
            .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : words.text("export.review.supported-by", names);
    }

    /** One thanks in a sentence, its message quoted. */
    static String thanked(ExportWords words, AppreciationView thank) {
        int people = thank.toAccountIds().size();
        String who = thank.fromDepartmentName() == null ? words.text("export.review.thanked.someone")
                : words.text("export.review.thanked.someone-in", thank.fromDepartmentName());
        String whom = people == 1 ? words.text("export.review.thanked.one-person")
                : words.text("export.review.thanked.people", String.valueOf(people));
        return words.text("export.review.thanked", words.day(thank.createdAt()), who, whom, thank.toDepartmentName())
                + ("check".equals(thank.source()) ? words.text("export.review.thanked.after-check") : "")
                + (thank.message() == null ? "" : words.text("export.review.thanked.message", thank.message()));
    }

    /** "· 23 Nov 2026": after the note's relationship. */
    static String dated(ExportWords words, SponsorNoteView note) {
        return "· " + words.day(note.updatedAt());
    }

    static String score(ExportWords words, MeasureView measure) {
        return measure.score() == null ? "–" : words.decimal(measure.score(), 2);
    }

    static String standing(ExportWords words, ReviewView.SnapshotRow row) {
        return words.text(switch (row.standing()) {
            case NONE -> "export.review.standing.none";
            case DRAFT -> "export.review.standing.draft";
            case AGREED -> "export.review.standing.agreed";
            case AGREED_DRAFT_PENDING -> "export.review.standing.agreed-pending";
        });
    }

    static String cell(ExportWords words, ReviewView.Cell cell) {
        return cell == null ? words.text("export.review.no-data") : words.cell(cell.label());
    }

    static String value(ExportWords words, ReviewCharts.Figure figure, ReviewView.TrendPoint point) {
        Double v = figure.value().apply(point);
        return v == null ? words.text("export.review.no-data") : figure.format().apply(words, v);
    }

    /** "3 of 4": the checks of a quarter answered of those sent. */
    static String answered(ExportWords words, ReviewView.TrendPoint point) {
        return words.text("export.review.answered", String.valueOf(point.answered()), String.valueOf(point.sent()));
    }

    /**
     * Targets read the way the measure is better: "at least 40 leads", "at most 30 days".
     */
    static String target(ExportWords words, MeasureView measure) {
        return words.text(measure.direction().key().equals("lower") ? "export.review.target.at-most"
                : "export.review.target.at-least", amount(words, measure, measure.target()));
    }

    static String amount(ExportWords words, MeasureView measure, double value) {
        String number = Math.abs(value) < 1e15 ? words.number(value, 2) : String.valueOf(value);
        return switch (measure.source().key()) {
            case "satisfaction" -> words.text("export.review.amount.of-5", number);
            case "manual" -> measure.unit() == null ? number : number + " " + measure.unit();
            default -> words.text("export.review.amount.percent", number);
        };
    }

    static String status(ExportWords words, String status) {
        return switch (status) {
            case "on-track", "at-risk", "off-track", "no-data" -> words.text("export.review.status." + status);
            default -> status;
        };
    }

    /** Line breaks the author typed survive; everything else is text. */
    private static String multiline(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
