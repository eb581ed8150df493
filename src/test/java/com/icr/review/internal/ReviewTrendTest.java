package com.icr.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.core.Period;
import com.icr.core.Quarter;
import com.icr.relationship.FigureReading;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.Metric;
import com.icr.review.ReviewView;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review's trend sums the relationships' counts: the 1 to 5 average weighs the
 * ratings given on that scale only, and a relationship answered on 0 to 10 (NPS) adds
 * none to it, so the two scales never mix.
 */
class ReviewTrendTest {

    private static final Pair FIVE = new Pair("it", "hr");

    private static final Pair NPS = new Pair("hr", "it");

    private static final Pair MIXED = new Pair("sales", "it");

    @Test
    void theAverageRatingCountsOnlyRatingsOnTheFivePointScale() {
        Map<Pair, Figure> satisfaction = Map.of(
                // 4.0 of 5 from 4 ratings
                FIVE, new Figure(0.75, "4.0 of 5", Map.of("sent", 4, "answered", 4, "ratings", 4, "yes", 4)),
                // NPS +20 from 5 answers: no 1 to 5 rating at all
                NPS, new Figure(0.6, "NPS +20", Map.of("sent", 5, "answered", 5, "promoters", 2, "detractors", 1)),
                // 2.0 of 5 from 1 rating, beside 3 answers on 0 to 10
                MIXED, new Figure(0.25, "2.0 of 5", Map.of("sent", 4, "answered", 4, "ratings", 1)));
        MatrixFigures figures = new MatrixFigures() {
            @Override
            public Metric metric() {
                return Metric.SATISFACTION;
            }

            @Override
            public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
                return satisfaction;
            }
        };
        Period quarter = Quarter.parse("period", null, Clock.systemUTC()).period();

        List<ReviewView.TrendPoint> trend = ReviewTrend
            .of(new FigureReading(new TenantId(java.util.UUID.randomUUID().toString()),
                    Map.of(Metric.SATISFACTION, figures)), List.of(FIVE, NPS, MIXED), quarter, 1);

        // (4 x 4.0 + 1 x 2.0) / 5 ratings; the NPS answers count as answered, not as
        // ratings
        assertThat(trend.get(0).satisfaction()).isEqualTo(3.6);
        assertThat(trend.get(0).answered()).isEqualTo(13);
    }

}
