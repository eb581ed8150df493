package com.icr.department;

/**
 * A provider found for an issue, and whether a component mapping (rather than the
 * project) decided it.
 */
public record ProviderMatch(DepartmentName department, boolean byComponent) {
}
