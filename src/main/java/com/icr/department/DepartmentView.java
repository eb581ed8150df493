package com.icr.department;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A department as the API shows it. */
@Schema(name = "Department")
public record DepartmentView(String id, String name, String description, @Schema(nullable = true) String leadAccountId,
        List<ProjectMapping> projects, List<String> groups, boolean archived, Instant createdAt, Instant updatedAt) {
}
