package com.icr.request.internal;

import com.icr.relationship.MatrixFigures;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix's open metric: internal requests not yet resolved, now, whatever the
 * quarter. The heat is relative to the busiest pair, so the most loaded relationship
 * stands out.
 */
@Component
class OpenFigures implements MatrixFigures {

    private final RequestCounts counts;

    OpenFigures(RequestCounts counts) {
        this.counts = counts;
    }

    @Override
    public Metric metric() {
        return Metric.OPEN;
    }

    @Override
    public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
        Map<Pair, Integer> open = counts.open(tenantId);
        int busiest = open.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<Pair, Figure> figures = new HashMap<>();
        // Fewer open requests is the better state, as the heat map reads higher values as
        // better.
        open.forEach((pair, n) -> figures.put(pair,
                new Figure(1.0 - (double) n / busiest * 0.9, n + " open", Map.of("open", n))));
        return figures;
    }

}
