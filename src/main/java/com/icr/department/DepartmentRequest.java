package com.icr.department;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code POST /api/departments} and {@code PUT /api/departments/{id}}; checked by
 * {@link DepartmentDraft}.
 */
public record DepartmentRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 120) String name,
        @Schema(maxLength = 4000) String description, @Schema(nullable = true) String leadAccountId,
        List<ProjectMapping> projects, List<String> groups) {
}
