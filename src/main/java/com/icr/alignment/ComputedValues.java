package com.icr.alignment;

import com.icr.relationship.MatrixFigures;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The app's own figures for a relationship and a period, as the matrix counts them: computed measures and
 * the review's trend read them here, so both agree with the matrix cell by construction.
 */
@Component
class ComputedValues {

    private final Map<Metric, MatrixFigures> figures;

    ComputedValues(List<MatrixFigures> figures) {
        this.figures = new EnumMap<>(figures.stream().collect(Collectors.toMap(MatrixFigures::metric, Function.identity())));
    }

    /** One reading: figures are counted once per metric and period however many measures ask. */
    Reading reading(TenantId tenantId) {
        return new Reading(tenantId);
    }

    final class Reading {

        private final TenantId tenantId;
        private final Map<String, Map<Pair, Figure>> counted = new HashMap<>();

        private Reading(TenantId tenantId) {
            this.tenantId = tenantId;
        }

        Map<Pair, Figure> of(Metric metric, Period period) {
            MatrixFigures source = figures.get(metric);
            if (source == null) {
                return Map.of();
            }
            return counted.computeIfAbsent(metric.key() + "/" + period.key() + "/" + period.from(),
                    k -> source.figuresFor(tenantId, period));
        }

        Double value(MeasureSource measure, Pair pair, Period period) {
            return measure.metric() == null ? null : measure.read(of(measure.metric(), period).get(pair));
        }
    }
}
