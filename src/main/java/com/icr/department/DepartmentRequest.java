package com.icr.department;

import java.util.List;

/** {@code POST /api/departments} and {@code PUT /api/departments/{id}}; checked by {@link DepartmentDraft}. */
public record DepartmentRequest(String name, String description, String leadAccountId, List<ProjectMapping> projects,
                                List<String> groups) {
}
