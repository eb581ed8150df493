package com.icr.confluence;

import com.icr.appreciation.AppreciationView;
import com.icr.review.ItemView;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveView;
import com.icr.review.ReviewView;
import com.icr.relationship.Side;
import com.icr.review.SponsorNoteView;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
     * A section of the review: its heading, and what it says when it has nothing to show
     * (null: it always shows something). The words here and below are the review's in
     * every rendering: this HTML and the ADF of the macro's Forge export.
     */
    record Section(String heading, String none) {
    }

    static final Section SNAPSHOT = new Section("The matrix this quarter", "No relationships yet.");

    static final Section TREND = new Section("Trend over the last four quarters", null);

    static final Section MEASURES = new Section("Measures against targets", "No mutual measures for this quarter.");

    static final Section OBJECTIVES = new Section("Objectives this quarter supports",
            "No corporate objectives linked for this quarter.");

    static final Section ITEMS = new Section("Frustrations, assumptions and suggestions",
            "Nothing raised by either side.");

    static final Section APPRECIATION = new Section("Appreciation",
            "No thanks given between these departments this quarter.");

    static final Section NOTES = new Section("The executive sponsor's notes",
            "No notes from the sponsor for this quarter.");

    static final List<String> SNAPSHOT_COLUMNS = List.of("Provider", "Customer", "Agreement", "Satisfaction",
            "Yes/no decisions", "Service target", "Open requests");

    static final String TREND_CAPTION = "The trend in figures";

    static final List<String> TREND_COLUMNS = List.of("Quarter", "Satisfaction (1 to 5)", "Expectations met",
            "Yes decisions", "Service target met", "Checks answered");

    /** A month of a measure without a value. */
    static final String NO_MONTH_VALUE = "no data";

    static final String SCORE_NOTE = "Score from 0.0 to 1.0 from the latest month against the target: on track from 0.7, at risk from 0.4, off track below.";

    /** Where one side of a relationship raised nothing. */
    static final String NOTHING_RAISED = "Nothing raised.";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);

    String render(ReviewView review) {
        Map<String, String> names = relationshipNames(review);
        StringBuilder html = new StringBuilder(8192).append("<div class=\"icr-review-export\" style=\"")
            .append(BOX)
            .append("\">");
        html.append("<h1 style=\"font-size:14pt;margin:0 0 2px 0;\">")
            .append(escape(title(review)))
            .append("</h1><p style=\"margin:0 0 8px 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(subtitle(review)))
            .append("</p>");
        snapshot(html, review.snapshot());
        trend(html, review.trend());
        measures(html, review.measures(), review.objectives(), names);
        objectives(html, review.objectives(), names);
        items(html, review, names);
        appreciation(html, review.appreciation());
        notes(html, review.sponsorNotes());
        return html.append("</div>").toString();
    }

    static String title(ReviewView review) {
        return "Quarterly review: " + review.scope().name() + ", " + review.quarter();
    }

    /** What the review covers and when it was made. */
    static String subtitle(ReviewView review) {
        return ("department".equals(review.scope().kind())
                ? "Department: all the relationships it provides or receives." : "Relationship: provider → customer.")
                + " Generated " + DAY.format(review.generatedAt()) + " by Internal Customer Relationships.";
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
        return "<div class=\"icr-review-export\" style=\"" + BOX
                + "\"><p style=\"border:1px solid #8C8C8C;padding:6px;\"><strong>"
                + "The quarterly review cannot be shown.</strong> "
                + escape(reason.endsWith(".") ? reason : reason + ".")
                + " Edit the macro to choose a relationship or a department of this site and a quarter such as 2026-Q4.</p></div>";
    }

    private static void snapshot(StringBuilder html, List<ReviewView.SnapshotRow> rows) {
        heading(html, SNAPSHOT.heading());
        if (rows.isEmpty()) {
            none(html, SNAPSHOT.none());
            return;
        }
        html.append("<table style=\"").append(TABLE).append("\"><thead><tr>");
        for (String column : SNAPSHOT_COLUMNS) {
            html.append("<th scope=\"col\" style=\"").append(TH).append("\">").append(column).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReviewView.SnapshotRow row : rows) {
            html.append("<tr><th scope=\"row\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(row.providerName()))
                .append("</th>");
            cells(html, row.customerName(), standing(row), cell(row.satisfaction()), cell(row.yesno()),
                    cell(row.service()), String.valueOf(row.open()));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void trend(StringBuilder html, List<ReviewView.TrendPoint> trend) {
        heading(html, TREND.heading());
        html.append(
                "<table style=\"border-collapse:collapse;width:100%;table-layout:fixed;\"><tr><td style=\"width:50%;padding:0 8px 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.SATISFACTION, trend))
            .append("</td><td style=\"width:50%;padding:0 0 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.MET, trend))
            .append("</td></tr><tr><td style=\"width:50%;padding:0 8px 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.YES, trend))
            .append("</td><td style=\"width:50%;padding:0 0 8px 0;page-break-inside:avoid;\">")
            .append(ReviewCharts.chart(ReviewCharts.SERVICE, trend))
            .append("</td></tr></table>");
        // The same figures as a table: Word exports may drop the drawings, and it is the
        // charts' text alternative.
        html.append("<table style=\"")
            .append(TABLE)
            .append("\"><caption style=\"text-align:left;padding:0 0 4px 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(TREND_CAPTION))
            .append("</caption><thead><tr>");
        for (String column : TREND_COLUMNS) {
            html.append("<th scope=\"col\" style=\"").append(TH).append("\">").append(column).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReviewView.TrendPoint point : trend) {
            html.append("<tr><th scope=\"row\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(point.quarter()))
                .append("</th>");
            cells(html, value(ReviewCharts.SATISFACTION, point), value(ReviewCharts.MET, point),
                    value(ReviewCharts.YES, point), value(ReviewCharts.SERVICE, point),
                    point.answered() + " of " + point.sent());
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void measures(StringBuilder html, List<MeasureView> measures, List<ObjectiveView> objectives,
            Map<String, String> relationships) {
        heading(html, MEASURES.heading());
        if (measures.isEmpty()) {
            none(html, MEASURES.none());
            return;
        }
        Map<String, String> titles = objectives.stream()
            .collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::title, (a, b) -> a));
        html.append("<table style=\"")
            .append(TABLE)
            .append("\"><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">Measure</th>")
            .append("<th scope=\"col\" style=\"")
            .append(TH)
            .append("\">Target</th>");
        measures.get(0)
            .months()
            .forEach(m -> html.append("<th scope=\"col\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(month(m.month())))
                .append("</th>"));
        html.append("<th scope=\"col\" style=\"")
            .append(TH)
            .append("\">Status</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">Score</th></tr></thead><tbody>");
        for (MeasureView measure : measures) {
            html.append("<tr><th scope=\"row\" style=\"").append(TH).append("\">").append(escape(measure.name()));
            context(html, relationships.get(measure.relationshipId()));
            context(html, measure.objectiveId() == null ? null : titles.get(measure.objectiveId()));
            html.append("</th><td style=\"").append(TD).append("\">").append(escape(target(measure))).append("</td>");
            measure.months()
                .forEach(m -> html.append("<td style=\"")
                    .append(TD)
                    .append("\">")
                    .append(m.value() == null ? "<span style=\"" + MUTED + "\">" + NO_MONTH_VALUE + "</span>"
                            : escape(amount(measure, m.value())))
                    .append("</td>"));
            html.append("<td style=\"")
                .append(TD)
                .append("\"><strong>")
                .append(escape(status(measure.status())))
                .append("</strong></td><td style=\"")
                .append(TD)
                .append("\">")
                .append(escape(score(measure)))
                .append("</td></tr>");
        }
        html.append("</tbody></table><p style=\"margin:4px 0 0 0;")
            .append(MUTED)
            .append("\">")
            .append(escape(SCORE_NOTE))
            .append("</p>");
    }

    private static void objectives(StringBuilder html, List<ObjectiveView> objectives,
            Map<String, String> relationships) {
        heading(html, OBJECTIVES.heading());
        if (objectives.isEmpty()) {
            none(html, OBJECTIVES.none());
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
            String supporters = supporters(objective, relationships);
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
    private static void items(StringBuilder html, ReviewView review, Map<String, String> relationships) {
        heading(html, ITEMS.heading());
        if (review.items().isEmpty()) {
            none(html, ITEMS.none());
            return;
        }
        html.append("<table style=\"")
            .append(TABLE)
            .append("table-layout:fixed;\"><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append(escape(sideHeading(review, Side.PROVIDER)))
            .append("</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append(escape(sideHeading(review, Side.CUSTOMER)))
            .append("</th></tr></thead><tbody><tr><td style=\"")
            .append(TD)
            .append("\">");
        side(html, review.items(), Side.PROVIDER, relationships);
        html.append("</td><td style=\"").append(TD).append("\">");
        side(html, review.items(), Side.CUSTOMER, relationships);
        html.append("</td></tr></tbody></table>");
    }

    private static void side(StringBuilder html, List<ItemView> items, Side side, Map<String, String> relationships) {
        List<ItemView> raised = raisedBy(items, side);
        if (raised.isEmpty()) {
            html.append("<span style=\"").append(MUTED).append("\">").append(escape(NOTHING_RAISED)).append("</span>");
        }
        for (ItemView item : raised) {
            html.append("<div style=\"margin:0 0 8px 0;page-break-inside:avoid;\"><strong>")
                .append(escape(word(item.kind().key())))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">")
                .append(escape(whereAndHowFar(item, relationships)))
                .append("</span><br>")
                .append(multiline(item.text()));
            if (item.action() != null) {
                html.append("<br><em>Agreed action:</em> ").append(multiline(item.action()));
            }
            html.append("</div>");
        }
    }

    private static void appreciation(StringBuilder html, List<AppreciationView> thanks) {
        heading(html, APPRECIATION.heading());
        if (thanks.isEmpty()) {
            none(html, APPRECIATION.none());
            return;
        }
        html.append("<ul style=\"margin:0;padding:0 0 0 18px;\">");
        for (AppreciationView thank : thanks) {
            html.append("<li style=\"margin:0 0 4px 0;\">").append(escape(thanked(thank))).append("</li>");
        }
        html.append("</ul>");
    }

    private static void notes(StringBuilder html, List<SponsorNoteView> notes) {
        heading(html, NOTES.heading());
        if (notes.isEmpty()) {
            none(html, NOTES.none());
            return;
        }
        for (SponsorNoteView note : notes) {
            html.append("<p style=\"margin:0 0 6px 0;\"><strong>")
                .append(escape(note.relationshipName()))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">")
                .append(escape(dated(note)))
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
    static String sideHeading(ReviewView review, Side side) {
        boolean one = review.snapshot().size() == 1;
        String word = side == Side.PROVIDER ? "Provider side" : "Customer side";
        if (!one) {
            return word;
        }
        ReviewView.SnapshotRow row = review.snapshot().get(0);
        return word + " (" + (side == Side.PROVIDER ? row.providerName() : row.customerName()) + ")";
    }

    /** One side's entries, frustrations first, then assumptions, then suggestions. */
    static List<ItemView> raisedBy(List<ItemView> items, Side side) {
        return items.stream()
            .filter(i -> i.side() == side)
            .sorted(Comparator.comparing((ItemView i) -> i.kind().ordinal()))
            .toList();
    }

    /** "· Agreed action · Legal → Sales": after the entry's kind. */
    static String whereAndHowFar(ItemView item, Map<String, String> relationships) {
        String where = relationships.get(item.relationshipId());
        return "· " + word(item.status().key()) + (where == null ? "" : " · " + where);
    }

    /**
     * "Supported by HR → IT, Sales → IT", or null when none of the review's relationships
     * does.
     */
    static String supporters(ObjectiveView objective, Map<String, String> relationships) {
        String names = objective.relationshipIds()
            .stream()
            .map(relationships::get)
            .filter(n -> n != null)
            .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : "Supported by " + names;
    }

    /** One thanks in a sentence, its message quoted. */
    static String thanked(AppreciationView thank) {
        int people = thank.toAccountIds().size();
        return day(thank.createdAt()) + ": "
                + (thank.fromDepartmentName() == null ? "Someone" : "Someone in " + thank.fromDepartmentName())
                + " thanked " + people + (people == 1 ? " person" : " people") + " in " + thank.toDepartmentName()
                + ("check".equals(thank.source()) ? " after a satisfaction check" : "")
                + (thank.message() == null ? "" : ": “" + thank.message() + "”");
    }

    /** "· 23 Nov 2026": after the note's relationship. */
    static String dated(SponsorNoteView note) {
        return "· " + day(note.updatedAt());
    }

    static String score(MeasureView measure) {
        return measure.score() == null ? "–" : String.format(Locale.ROOT, "%.2f", measure.score());
    }

    static String standing(ReviewView.SnapshotRow row) {
        return switch (row.standing()) {
            case NONE -> "No agreement";
            case DRAFT -> "Draft";
            case AGREED -> "Agreed";
            case AGREED_DRAFT_PENDING -> "Agreed, new draft pending";
        };
    }

    static String cell(ReviewView.Cell cell) {
        return cell == null ? "No data" : cell.label();
    }

    static String value(ReviewCharts.Figure figure, ReviewView.TrendPoint point) {
        Double v = figure.value().apply(point);
        return v == null ? "No data" : figure.format().apply(v);
    }

    /**
     * Targets read the way the measure is better: "at least 40 leads", "at most 30 days".
     */
    static String target(MeasureView measure) {
        return (measure.direction().key().equals("lower") ? "at most " : "at least ")
                + amount(measure, measure.target());
    }

    static String amount(MeasureView measure, double value) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
        return switch (measure.source().key()) {
            case "satisfaction" -> number + " of 5";
            case "manual" -> measure.unit() == null ? number : number + " " + measure.unit();
            default -> number + " %";
        };
    }

    static String status(String status) {
        return switch (status) {
            case "on-track" -> "On track";
            case "at-risk" -> "At risk";
            case "off-track" -> "Off track";
            case "no-data" -> "No data";
            default -> status;
        };
    }

    /** "agreed-action" reads "Agreed action". */
    static String word(String key) {
        String words = key.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String month(String key) {
        try {
            return MONTH.format(YearMonth.parse(key));
        }
        catch (DateTimeParseException e) {
            return key;
        }
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** Line breaks the author typed survive; everything else is text. */
    private static String multiline(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
