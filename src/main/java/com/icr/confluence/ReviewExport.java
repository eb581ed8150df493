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

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);

    String render(ReviewView review) {
        Map<String, String> names = review.snapshot()
            .stream()
            .collect(Collectors.toMap(ReviewView.SnapshotRow::relationshipId,
                    r -> r.providerName() + " → " + r.customerName(), (a, b) -> a));
        boolean department = "department".equals(review.scope().kind());
        StringBuilder html = new StringBuilder(8192).append("<div class=\"icr-review-export\" style=\"")
            .append(BOX)
            .append("\">");
        html.append("<h1 style=\"font-size:14pt;margin:0 0 2px 0;\">Quarterly review: ")
            .append(escape(review.scope().name()))
            .append(", ")
            .append(escape(review.quarter()))
            .append("</h1><p style=\"margin:0 0 8px 0;")
            .append(MUTED)
            .append("\">")
            .append(department ? "Department: all the relationships it provides or receives."
                    : "Relationship: provider → customer.")
            .append(" Generated ")
            .append(escape(DAY.format(review.generatedAt())))
            .append(" by Internal Customer Relationships.</p>");
        snapshot(html, review.snapshot());
        trend(html, review.trend());
        measures(html, review.measures(), review.objectives(), department ? names : Map.of());
        objectives(html, review.objectives(), department ? names : Map.of());
        items(html, review, department ? names : Map.of());
        appreciation(html, review.appreciation());
        notes(html, review.sponsorNotes());
        return html.append("</div>").toString();
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
        heading(html, "The matrix this quarter");
        if (rows.isEmpty()) {
            none(html, "No relationships yet.");
            return;
        }
        html.append("<table style=\"").append(TABLE).append("\"><thead><tr>");
        for (String column : List.of("Provider", "Customer", "Agreement", "Satisfaction", "Yes/no decisions",
                "Service target", "Open requests")) {
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
        heading(html, "Trend over the last four quarters");
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
            .append("\">The trend in figures</caption><thead><tr>");
        for (String column : List.of("Quarter", "Satisfaction (1 to 5)", "Expectations met", "Yes decisions",
                "Service target met", "Checks answered")) {
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
        heading(html, "Measures against targets");
        if (measures.isEmpty()) {
            none(html, "No mutual measures for this quarter.");
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
                    .append(m.value() == null ? "<span style=\"" + MUTED + "\">no data</span>"
                            : escape(amount(measure, m.value())))
                    .append("</td>"));
            html.append("<td style=\"")
                .append(TD)
                .append("\"><strong>")
                .append(escape(status(measure.status())))
                .append("</strong></td><td style=\"")
                .append(TD)
                .append("\">")
                .append(measure.score() == null ? "–" : String.format(Locale.ROOT, "%.2f", measure.score()))
                .append("</td></tr>");
        }
        html.append("</tbody></table><p style=\"margin:4px 0 0 0;")
            .append(MUTED)
            .append("\">Score from 0.0 to 1.0 from the latest month against the target: on track from 0.7, at risk from 0.4, off track below.</p>");
    }

    private static void objectives(StringBuilder html, List<ObjectiveView> objectives,
            Map<String, String> relationships) {
        heading(html, "Objectives this quarter supports");
        if (objectives.isEmpty()) {
            none(html, "No corporate objectives linked for this quarter.");
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
            String supporters = objective.relationshipIds()
                .stream()
                .map(relationships::get)
                .filter(n -> n != null)
                .collect(Collectors.joining(", "));
            if (!supporters.isEmpty()) {
                html.append("<br><span style=\"")
                    .append(MUTED)
                    .append("\">Supported by ")
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
        heading(html, "Frustrations, assumptions and suggestions");
        if (review.items().isEmpty()) {
            none(html, "Nothing raised by either side.");
            return;
        }
        boolean one = review.snapshot().size() == 1;
        String provider = one ? " (" + review.snapshot().get(0).providerName() + ")" : "";
        String customer = one ? " (" + review.snapshot().get(0).customerName() + ")" : "";
        html.append("<table style=\"")
            .append(TABLE)
            .append("table-layout:fixed;\"><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append("Provider side")
            .append(escape(provider))
            .append("</th><th scope=\"col\" style=\"")
            .append(TH)
            .append("width:50%;\">")
            .append("Customer side")
            .append(escape(customer))
            .append("</th></tr></thead><tbody><tr><td style=\"")
            .append(TD)
            .append("\">");
        side(html, review.items(), Side.PROVIDER, relationships);
        html.append("</td><td style=\"").append(TD).append("\">");
        side(html, review.items(), Side.CUSTOMER, relationships);
        html.append("</td></tr></tbody></table>");
    }

    private static void side(StringBuilder html, List<ItemView> items, Side side, Map<String, String> relationships) {
        List<ItemView> raised = items.stream()
            .filter(i -> i.side() == side)
            .sorted(Comparator.comparing((ItemView i) -> i.kind().ordinal()))
            .toList();
        if (raised.isEmpty()) {
            html.append("<span style=\"").append(MUTED).append("\">Nothing raised.</span>");
        }
        for (ItemView item : raised) {
            html.append("<div style=\"margin:0 0 8px 0;page-break-inside:avoid;\"><strong>")
                .append(word(item.kind().key()))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">· ")
                .append(word(item.status().key()));
            String where = relationships.get(item.relationshipId());
            if (where != null) {
                html.append(" · ").append(escape(where));
            }
            html.append("</span><br>").append(multiline(item.text()));
            if (item.action() != null) {
                html.append("<br><em>Agreed action:</em> ").append(multiline(item.action()));
            }
            html.append("</div>");
        }
    }

    private static void appreciation(StringBuilder html, List<AppreciationView> thanks) {
        heading(html, "Appreciation");
        if (thanks.isEmpty()) {
            none(html, "No thanks given between these departments this quarter.");
            return;
        }
        html.append("<ul style=\"margin:0;padding:0 0 0 18px;\">");
        for (AppreciationView thank : thanks) {
            int people = thank.toAccountIds().size();
            html.append("<li style=\"margin:0 0 4px 0;\">")
                .append(escape(day(thank.createdAt())))
                .append(": ")
                .append(escape(
                        thank.fromDepartmentName() == null ? "Someone" : "Someone in " + thank.fromDepartmentName()))
                .append(" thanked ")
                .append(people)
                .append(people == 1 ? " person" : " people")
                .append(" in ")
                .append(escape(thank.toDepartmentName()))
                .append("check".equals(thank.source()) ? " after a satisfaction check" : "");
            if (thank.message() != null) {
                html.append(": “").append(escape(thank.message())).append("”");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private static void notes(StringBuilder html, List<SponsorNoteView> notes) {
        heading(html, "The executive sponsor's notes");
        if (notes.isEmpty()) {
            none(html, "No notes from the sponsor for this quarter.");
            return;
        }
        for (SponsorNoteView note : notes) {
            html.append("<p style=\"margin:0 0 6px 0;\"><strong>")
                .append(escape(note.relationshipName()))
                .append("</strong> <span style=\"")
                .append(MUTED)
                .append("\">· ")
                .append(escape(day(note.updatedAt())))
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

    private static String standing(ReviewView.SnapshotRow row) {
        return switch (row.standing()) {
            case NONE -> "No agreement";
            case DRAFT -> "Draft";
            case AGREED -> "Agreed";
            case AGREED_DRAFT_PENDING -> "Agreed, new draft pending";
        };
    }

    private static String cell(ReviewView.Cell cell) {
        return cell == null ? "No data" : cell.label();
    }

    private static String value(ReviewCharts.Figure figure, ReviewView.TrendPoint point) {
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

    private static String amount(MeasureView measure, double value) {
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
    private static String word(String key) {
        String words = key.replace('-', ' ');
        return escape(Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    private static String month(String key) {
        try {
            return MONTH.format(YearMonth.parse(key));
        }
        catch (DateTimeParseException e) {
            return key;
        }
    }

    private static String day(Instant instant) {
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
