package com.icr.appreciation;

import java.util.List;

/** A thank-you given at any time, as the API takes it. */
public record AppreciationRequest(String toDepartmentId, List<String> toAccountIds, String fromDepartmentId, String message) {
}
