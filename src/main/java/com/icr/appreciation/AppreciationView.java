package com.icr.appreciation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A thank-you as the API shows it; {@code source} says whether it followed a satisfaction
 * check.
 */
@Schema(name = "Appreciation")
public record AppreciationView(String id, String fromAccountId, @Schema(nullable = true) String fromDepartmentId,
        @Schema(nullable = true) String fromDepartmentName, String toDepartmentId, String toDepartmentName,
        List<String> toAccountIds, @Schema(nullable = true) String message, @Schema(nullable = true) String issueKey,
        @Schema(allowableValues = {
                "check", "direct" }) String source,
        Instant createdAt){
}
