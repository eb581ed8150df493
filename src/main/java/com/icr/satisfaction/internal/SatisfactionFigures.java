package com.icr.satisfaction.internal;

import com.icr.relationship.MatrixFigures;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix's satisfaction metric: the average rating of the quarter's answers, with how
 * many were met and answered.
 */
@Component
class SatisfactionFigures implements MatrixFigures {

    private final SatisfactionCounts counts;

    SatisfactionFigures(SatisfactionCounts counts) {
        this.counts = counts;
    }

    @Override
    public Metric metric() {
        return Metric.SATISFACTION;
    }

    @Override
    public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
        Map<Pair, Figure> figures = new HashMap<>();
        counts.byPair(tenantId, period).forEach((pair, q) -> {
            if (q.averageRating() == null && q.nps().score() != null) {
                // only answers on the 0 to 10 scale: the NPS, never mixed with a 1 to 5
                // average
                String label = String.format(Locale.ROOT, "NPS %+d · %d %% met · %d of %d answered",
                        Math.round(q.nps().score()), Math.round(q.metShare() * 100), q.answered(), q.sent());
                figures.put(pair,
                        new Figure((q.nps().score() + 100) / 200, label,
                                Map.of("sent", q.sent(), "answered", q.answered(), "yes", q.met().yes(), "partly",
                                        q.met().partly(), "no", q.met().no(), "promoters", q.nps().promoters(),
                                        "detractors", q.nps().detractors())));
                return;
            }
            if (q.averageRating() == null) {
                return; // sent, nothing answered yet: no figure to colour the cell with
            }
            String label = String.format(Locale.ROOT, "%.1f of 5 · %d %% met · %d of %d answered", q.averageRating(),
                    Math.round(q.metShare() * 100), q.answered(), q.sent());
            figures.put(pair,
                    new Figure((q.averageRating() - 1) / 4, label,
                            Map.of("sent", q.sent(), "answered", q.answered(), "ratings", q.ratings(), "yes",
                                    q.met().yes(), "partly", q.met().partly(), "no", q.met().no())));
        });
        return figures;
    }

}
