package com.icr.department;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A Jira project, optionally narrowed to one of its components, whose work a department
 * provides.
 */
public record ProjectMapping(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[A-Z][A-Z0-9_]*$") String projectKey,
        @Schema(nullable = true) String componentId) {
}
