package com.icr.review.internal;

import com.icr.review.ReviewView;
import com.icr.relationship.FigureReading;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The review's trend: the matrix figures of the scope's relationships, summed quarter by
 * quarter from their counts (not averaged from per-relationship shares, so a busy
 * relationship weighs what it should).
 */
public final class ReviewTrend {

    private ReviewTrend() {
    }

    public static List<ReviewView.TrendPoint> of(FigureReading reading, Collection<Pair> pairs, Period quarter,
            int quarters) {
        List<Period> periods = new ArrayList<>();
        for (Period p = quarter; periods.size() < quarters; p = p.previous()) {
            periods.add(0, p);
        }
        List<ReviewView.TrendPoint> trend = new ArrayList<>();
        for (Period period : periods) {
            Map<Pair, Figure> satisfaction = reading.of(Metric.SATISFACTION, period);
            Map<Pair, Figure> yesno = reading.of(Metric.YESNO, period);
            Map<Pair, Figure> service = reading.of(Metric.SERVICE, period);
            double ratingSum = 0;
            int answered = 0, rated = 0, sent = 0, yes = 0, partly = 0, no = 0, decidedYes = 0, decided = 0,
                    onTarget = 0, resolved = 0;
            for (Pair pair : pairs) {
                Figure s = satisfaction.get(pair);
                if (s != null) {
                    int n = s.counts().getOrDefault("answered", 0);
                    // the 1 to 5 average weighs only the ratings given on that scale; a
                    // quarter
                    // answered only on 0 to 10 (NPS) adds none: scales are never mixed
                    int ratings = s.counts().containsKey("promoters") ? 0 : s.counts().getOrDefault("ratings", n);
                    ratingSum += (s.value() * 4 + 1) * ratings;
                    rated += ratings;
                    answered += n;
                    sent += s.counts().getOrDefault("sent", 0);
                    yes += s.counts().getOrDefault("yes", 0);
                    partly += s.counts().getOrDefault("partly", 0);
                    no += s.counts().getOrDefault("no", 0);
                }
                Figure y = yesno.get(pair);
                if (y != null) {
                    decidedYes += y.counts().getOrDefault("yes", 0);
                    decided += y.counts().getOrDefault("yes", 0) + y.counts().getOrDefault("no", 0);
                }
                Figure v = service.get(pair);
                if (v != null) {
                    onTarget += v.counts().getOrDefault("onTarget", 0);
                    resolved += v.counts().getOrDefault("onTarget", 0) + v.counts().getOrDefault("missed", 0);
                }
            }
            int met = yes + partly + no;
            trend.add(new ReviewView.TrendPoint(period.key(), rated == 0 ? null : round(ratingSum / rated),
                    met == 0 ? null : round((yes + partly / 2.0) / met),
                    decided == 0 ? null : round((double) decidedYes / decided),
                    resolved == 0 ? null : round((double) onTarget / resolved), sent, answered));
        }
        return trend;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

}
