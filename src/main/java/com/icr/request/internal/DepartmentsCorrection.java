package com.icr.request.internal;

/** The departments someone who may edit the issue sets by hand; null for either: back to the automatic one. */
public record DepartmentsCorrection(String providerId, String customerId) {
}
