package com.icr.department;

import java.time.Instant;
import java.util.List;

/** A department as the API shows it. */
public record DepartmentView(String id, String name, String description, String leadAccountId,
                             List<ProjectMapping> projects, List<String> groups, boolean archived,
                             Instant createdAt, Instant updatedAt) {
}
