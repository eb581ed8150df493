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
            if (q.averageRating() == null) {
                return; // sent, nothing answered yet: no figure to colour the cell with
            }
            String label = String.format(Locale.ROOT, "%.1f of 5 · %d %% met · %d of %d answered", q.averageRating(),
                    Math.round(q.metShare() * 100), q.answered(), q.sent());
            figures.put(pair, new Figure((q.averageRating() - 1) / 4, label, Map.of("sent", q.sent(), "answered",
                    q.answered(), "yes", q.met().yes(), "partly", q.met().partly(), "no", q.met().no())));
        });
        return figures;
    }

}
