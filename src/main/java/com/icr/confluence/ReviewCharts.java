package com.icr.confluence;

import com.icr.review.ReviewView.TrendPoint;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The review's trend as inline SVG line charts, one per figure (small multiples rather
 * than one chart with three lines: printed in black and white, lines that cross cannot be
 * told apart). Every value is written next to its point, because a reader of paper cannot
 * hover; a quarter without data is a gap with the words "no data", never a point drawn at
 * zero or a line bridging it.
 */
final class ReviewCharts {

    static final int WIDTH = 330;
    static final int HEIGHT = 180;

    private static final int LEFT = 46;

    private static final int RIGHT = WIDTH - 12;

    private static final int TOP = 36;

    private static final int BOTTOM = HEIGHT - 38;

    private static final String FONT = "font-family=\"Arial,Helvetica,sans-serif\"";

    /**
     * What one chart shows: its title, the y axis with its range and ticks, and how a
     * point reads.
     */
    record Figure(String title, String axis, double min, double max, double[] ticks, Function<TrendPoint, Double> value,
            BiFunction<ExportWords, Double, String> format) {

        /** How a point reads in English. */
        String format(double value) {
            return format.apply(ExportWords.ENGLISH, value);
        }

    }

    /** Titles and axes are keys of the export's words. */
    static final Figure SATISFACTION = new Figure("export.chart.satisfaction", "export.chart.axis.rating", 1, 5,
            new double[] { 1, 2, 3, 4, 5 }, TrendPoint::satisfaction, (words, v) -> words.decimal(v, 1));
    static final Figure MET = share("export.chart.met", TrendPoint::met);
    static final Figure YES = share("export.chart.yes", TrendPoint::yes);
    static final Figure SERVICE = share("export.chart.service", TrendPoint::service);

    private ReviewCharts() {
    }

    /** Shares arrive as 0 to 1 and are drawn and printed as percent. */
    private static Figure share(String title, Function<TrendPoint, Double> value) {
        return new Figure(title, "export.chart.axis.percent", 0, 100, new double[] { 0, 25, 50, 75, 100 },
                p -> value.apply(p) == null ? null : value.apply(p) * 100,
                (words, v) -> words.text("export.review.amount.percent", String.valueOf(Math.round(v))));
    }

    static String chart(Figure figure, List<TrendPoint> trend) {
        return chart(figure, trend, ExportWords.ENGLISH);
    }

    static String chart(Figure figure, List<TrendPoint> trend, ExportWords words) {
        StringBuilder svg = new StringBuilder(2048);
        String alternative = alternative(figure, trend, words);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(HEIGHT)
            .append("\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" role=\"img\" aria-label=\"")
            .append(ReviewExport.escape(alternative))
            .append("\" style=\"background:#FFFFFF;max-width:100%;height:auto;\"><title>")
            .append(ReviewExport.escape(alternative))
            .append("</title>");
        svg.append(text(LEFT, 14, "start", 11, "#000000", "bold", words.text(figure.title())));
        axes(svg, figure, trend, words);
        plot(svg, figure, trend, words);
        return svg.append("</svg>").toString();
    }

    /** The chart in words, for screen readers and for whoever cannot see the picture. */
    static String alternative(Figure figure, List<TrendPoint> trend) {
        return alternative(figure, trend, ExportWords.ENGLISH);
    }

    static String alternative(Figure figure, List<TrendPoint> trend, ExportWords words) {
        StringBuilder said = new StringBuilder(words.text("export.chart.by-quarter", words.text(figure.title())));
        for (int i = 0; i < trend.size(); i++) {
            Double v = figure.value().apply(trend.get(i));
            said.append(i == 0 ? "" : "; ")
                .append(words.quarter(trend.get(i).quarter()))
                .append(' ')
                .append(v == null ? words.text("export.chart.no-data") : figure.format().apply(words, v));
        }
        return said.append('.').toString();
    }

    private static void axes(StringBuilder svg, Figure figure, List<TrendPoint> trend, ExportWords words) {
        for (double tick : figure.ticks()) {
            double y = y(figure, tick);
            svg.append(line(LEFT, y, RIGHT, y, "#D0D0D0", 1));
            svg.append(text(LEFT - 5, y + 3.5, "end", 9, "#444444", "normal", words.number(tick, 1)));
        }
        svg.append(line(LEFT, TOP - 4, LEFT, BOTTOM, "#444444", 1))
            .append(line(LEFT, BOTTOM, RIGHT, BOTTOM, "#444444", 1));
        svg.append("<text x=\"11\" y=\"")
            .append((TOP + BOTTOM) / 2)
            .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#444444\" ")
            .append(FONT)
            .append(" transform=\"rotate(-90 11 ")
            .append((TOP + BOTTOM) / 2)
            .append(")\">")
            .append(ReviewExport.escape(words.text(figure.axis())))
            .append("</text>");
        for (int i = 0; i < trend.size(); i++) {
            svg.append(text(x(i, trend.size()), BOTTOM + 13, "middle", 9, "#444444", "normal",
                    words.quarter(trend.get(i).quarter())));
        }
        svg.append(text((LEFT + RIGHT) / 2.0, HEIGHT - 5, "middle", 9, "#444444", "normal",
                words.text("export.chart.quarter")));
    }

    private static void plot(StringBuilder svg, Figure figure, List<TrendPoint> trend, ExportWords words) {
        int n = trend.size();
        if (trend.stream().allMatch(p -> figure.value().apply(p) == null)) {
            // One sentence reads better than a row of "no data" under an empty chart.
            svg.append(text((LEFT + RIGHT) / 2.0, (TOP + BOTTOM) / 2.0 - 8, "middle", 10, "#6B6B6B", "normal",
                    words.text("export.chart.no-data-in-quarters")));
            return;
        }
        for (int i = 0; i + 1 < n; i++) {
            Double a = figure.value().apply(trend.get(i));
            Double b = figure.value().apply(trend.get(i + 1));
            if (a != null && b != null) {
                svg.append(line(x(i, n), y(figure, a), x(i + 1, n), y(figure, b), "#000000", 2));
            }
        }
        for (int i = 0; i < n; i++) {
            Double v = figure.value().apply(trend.get(i));
            if (v == null) {
                svg.append(text(x(i, n), BOTTOM - 6, "middle", 9, "#6B6B6B", "normal",
                        words.text("export.chart.no-data")));
                continue;
            }
            double y = y(figure, v);
            svg.append("<circle cx=\"")
                .append(number(x(i, n)))
                .append("\" cy=\"")
                .append(number(y))
                .append("\" r=\"3.5\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"2\"/>");
            svg.append(value(x(i, n), y - 8, figure.format().apply(words, v)));
        }
    }

    private static double x(int i, int n) {
        return LEFT + (i + 0.5) * (RIGHT - LEFT) / n;
    }

    /**
     * Values outside the axis (a rounding hair beyond it) are drawn at its edge, never
     * off the chart.
     */
    private static double y(Figure figure, double value) {
        double clamped = Math.max(figure.min(), Math.min(figure.max(), value));
        return BOTTOM - (clamped - figure.min()) / (figure.max() - figure.min()) * (BOTTOM - TOP);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
                + "\" stroke=\"" + stroke + "\" stroke-width=\"" + number(width) + "\"/>";
    }

    private static String text(double x, double y, String anchor, int size, String fill, String weight,
            String content) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
                + size + "\" font-weight=\"" + weight + "\" fill=\"" + fill + "\" " + FONT + ">"
                + ReviewExport.escape(content) + "</text>";
    }

    /** A white outline keeps the value legible where a steep line passes behind it. */
    private static String value(double x, double y, String content) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y)
                + "\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" fill=\"#000000\""
                + " stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\" " + FONT + ">"
                + ReviewExport.escape(content) + "</text>";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

}
