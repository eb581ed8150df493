package com.icr.relationship;

import com.icr.core.Period;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;

/**
 * A site's figures as the matrix counts them, read once per metric and period however
 * often they are asked for: computed measures and the review's trend read them here, so
 * both agree with the matrix cell by construction.
 */
public final class FigureReading {

    private final TenantId tenantId;

    private final Map<Metric, MatrixFigures> figures;

    private final Map<String, Map<Pair, Figure>> counted = new HashMap<>();

    public FigureReading(TenantId tenantId, Map<Metric, MatrixFigures> figures) {
        this.tenantId = tenantId;
        this.figures = figures;
    }

    /**
     * Every relationship's figure of the metric over the period; none for a metric
     * nothing counts.
     */
    public Map<Pair, Figure> of(Metric metric, Period period) {
        MatrixFigures source = figures.get(metric);
        if (source == null) {
            return Map.of();
        }
        return counted.computeIfAbsent(metric.key() + "/" + period.key() + "/" + period.from(),
                k -> source.figuresFor(tenantId, period));
    }

}
