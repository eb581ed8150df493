package com.icr.confluence;

import com.icr.relationship.MatrixView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The matrix as a static HTML table for PDF and Word: no script, no design tokens
 * (exports have neither), inline styles with print-safe colours, every cell labelled in
 * words so it reads in black and white, and every name escaped.
 */
@Component
class MatrixExport {

    private static final String TABLE = "border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:9pt;";

    private static final String TH = "border:1px solid #8590A2;padding:4px;background:#F1F2F4;color:#172B4D;text-align:left;";

    private static final String TD = "border:1px solid #8590A2;padding:4px;color:#172B4D;";

    /** Said in place of the matrix on a site without departments (in every rendering). */
    static final String NO_DEPARTMENTS = "export.matrix.no-departments";

    /** The table's corner: which way it reads. */
    static final String CORNER = "export.matrix.corner";

    String render(MatrixView view) {
        return render(view, ExportWords.ENGLISH);
    }

    /** The matrix in the reader's language; department names as they were written. */
    String render(MatrixView view, ExportWords words) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"icr-matrix-export\">");
        if (!view.missingDepartments().isEmpty()) {
            html.append("<p style=\"font-family:Arial,Helvetica,sans-serif;font-size:9pt;color:#172B4D;\">")
                .append(escape(missingNote(words, view.missingDepartments().size(), !view.departments().isEmpty())))
                .append("</p>");
        }
        if (view.departments().isEmpty() && !view.missingDepartments().isEmpty()) {
            return html.append("</div>").toString();
        }
        if (view.departments().isEmpty()) {
            html.append("<p>").append(escape(words.text(NO_DEPARTMENTS))).append("</p></div>");
            return html.toString();
        }
        Map<Long, MatrixView.Cell> cells = new HashMap<>();
        view.cells().forEach(c -> cells.put(((long) c.provider() << 32) | c.customer(), c));
        html.append("<table style=\"")
            .append(TABLE)
            .append("\"><caption style=\"text-align:left;font-weight:bold;padding:4px 0;\">")
            .append(escape(caption(words, view)))
            .append("</caption><thead><tr><th scope=\"col\" style=\"")
            .append(TH)
            .append("\">")
            .append(escape(words.text(CORNER)))
            .append("</th>");
        view.departments()
            .forEach(d -> html.append("<th scope=\"col\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(d.name()))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int p = 0; p < view.departments().size(); p++) {
            html.append("<tr><th scope=\"row\" style=\"")
                .append(TH)
                .append("\">")
                .append(escape(view.departments().get(p).name()))
                .append("</th>");
            for (int c = 0; c < view.departments().size(); c++) {
                MatrixView.Cell cell = cells.get(((long) p << 32) | c);
                String tint = tint(cell);
                html.append("<td style=\"")
                    .append(TD)
                    .append(tint == null ? "" : "background:" + tint + ";")
                    .append("\">")
                    .append(escape(label(words, cell, p == c)))
                    .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
        return html.toString();
    }

    /**
     * Said once, above the table: the page names departments that were deleted since it
     * was written.
     */
    static String missingNote(ExportWords words, int missing, boolean othersShown) {
        return words.text("export.matrix.missing." + (missing == 1 ? "one" : "many")
                + (othersShown ? ".others-shown" : ".none-shown"), String.valueOf(missing));
    }

    /** What the table is, said above it. */
    static String caption(ExportWords words, MatrixView view) {
        return words.text("export.matrix.caption",
                words.text("export.metric." + view.metric().name().toLowerCase(Locale.ROOT)),
                words.quarter(view.period().key()));
    }

    /**
     * What a cell says: nothing where a department would provide for itself, a dash where
     * no relationship is.
     */
    static String label(ExportWords words, MatrixView.Cell cell, boolean diagonal) {
        return diagonal ? "" : cell == null ? "–" : words.cell(cell.label());
    }

    /**
     * Light tints only: the label carries the meaning, the tint merely helps on screen
     * and in colour print. Null: no tint.
     */
    static String tint(MatrixView.Cell cell) {
        if (cell == null || cell.value() == null) {
            return null;
        }
        double v = cell.value();
        return v >= 0.9 ? "#DCFFF1" : v >= 0.5 ? "#FFF7D6" : "#FFECEB";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
