package com.icr.measure;

import com.icr.core.Period;
import com.icr.relationship.FigureReading;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.core.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.Metric;
import java.util.Locale;

/**
 * Where a measure's monthly values come from: typed in by hand, or computed from the
 * app's own figures for the relationship, so a measure such as "expectations met" cannot
 * drift from the checks behind it.
 */
public enum MeasureSource implements Keyed {

    MANUAL(null, 0),
    /** The average rating, 1 to 5. */
    SATISFACTION(Metric.SATISFACTION, 1),
    /**
     * Percent of answers saying the expectation was met; "partly" counts half, as on the
     * matrix.
     */
    EXPECTATIONS_MET(Metric.SATISFACTION, 0),
    /** Percent of the provider's decisions that were yes. */
    YES_RATIO(Metric.YESNO, 0),
    /** Percent of resolved requests within the agreed service target. */
    SERVICE_MET(Metric.SERVICE, 0);

    private final Metric metric;

    private final double floor;

    MeasureSource(Metric metric, double floor) {
        this.metric = metric;
        this.floor = floor;
    }

    @Override
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Metric metric() {
        return metric;
    }

    /**
     * The lowest value the source can take: a score measures the way from it to the
     * target.
     */
    double floor() {
        return floor;
    }

    /**
     * The value over the period from the relationship's figures, or null when they have
     * no data or it is typed in.
     */
    Double valueIn(FigureReading reading, Pair pair, Period period) {
        return metric == null ? null : read(reading.of(metric, period).get(pair));
    }

    /**
     * The month's value from the matrix figure of the relationship, or null when the
     * figure has no data.
     */
    Double read(Figure figure) {
        if (figure == null) {
            return null;
        }
        return switch (this) {
            case MANUAL -> null;
            case SATISFACTION -> round(figure.value() * 4 + 1);
            case EXPECTATIONS_MET -> {
                int yes = figure.counts().getOrDefault("yes", 0);
                int partly = figure.counts().getOrDefault("partly", 0);
                int total = yes + partly + figure.counts().getOrDefault("no", 0);
                yield total == 0 ? null : round((yes + partly / 2.0) * 100 / total);
            }
            case YES_RATIO, SERVICE_MET -> round(figure.value() * 100);
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

}
