package com.icr.relationship;

import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.util.Map;

/**
 * A metric's figures per provider and customer, from the module that counts them
 * (requests count yes/no, open and service): the matrix knows none of those modules, the
 * way departments know nothing of what refers to them. A pair without figures shows "No
 * data yet".
 */
public interface MatrixFigures {

    Metric metric();

    Map<Pair, Figure> figuresFor(TenantId tenantId, Period period);

    /** A provider department and its customer department, by id. */
    record Pair(String providerId, String customerId) {
    }

    /**
     * A cell's value (0 to 1, for the heat map), what it says, and the counts behind it.
     */
    record Figure(double value, String label, Map<String, Integer> counts) {
    }

}
