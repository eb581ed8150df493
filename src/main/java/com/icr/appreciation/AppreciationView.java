package com.icr.appreciation;

import java.time.Instant;
import java.util.List;

/** A thank-you as the API shows it; {@code source} says whether it followed a satisfaction check. */
public record AppreciationView(String id, String fromAccountId, String fromDepartmentId, String fromDepartmentName, String toDepartmentId,
                               String toDepartmentName, List<String> toAccountIds, String message, String issueKey, String source,
                               Instant createdAt) {
}
