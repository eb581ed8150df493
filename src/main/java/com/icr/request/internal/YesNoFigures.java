package com.icr.request.internal;

import com.icr.relationship.MatrixFigures;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix's yes/no metric: the share of yeses among the provider's decisions in the
 * quarter.
 */
@Component
class YesNoFigures implements MatrixFigures {

    private final RequestCounts counts;

    YesNoFigures(RequestCounts counts) {
        this.counts = counts;
    }

    @Override
    public Metric metric() {
        return Metric.YESNO;
    }

    @Override
    public Map<Pair, Figure> figuresFor(TenantId tenantId, Period period) {
        Map<Pair, Figure> figures = new HashMap<>();
        counts.decisions(tenantId, period)
            .forEach((pair, c) -> figures.put(pair, new Figure((double) c.yes() / (c.yes() + c.no()),
                    c.yes() + " yes · " + c.no() + " no", Map.of("yes", c.yes(), "no", c.no()))));
        return figures;
    }

}
