package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One version of an agreement as the API shows it. */
@Schema(name = "Agreement")
public record AgreementView(int version, AgreementStatus status, List<String> deliverables, String expectations,
        String customerGivesBack, ServiceTarget serviceTarget, @Schema(nullable = true) String createdBy,
        Instant createdAt, @Schema(nullable = true) String providerConfirmedBy,
        @Schema(nullable = true) Instant providerConfirmedAt, @Schema(nullable = true) String customerConfirmedBy,
        @Schema(nullable = true) Instant customerConfirmedAt, List<String> checklist) {

    /** The version without who wrote and confirmed it; when stays. */
    public AgreementView withoutPeople() {
        return new AgreementView(version, status, deliverables, expectations, customerGivesBack, serviceTarget, null,
                createdAt, null, providerConfirmedAt, null, customerConfirmedAt, checklist);
    }
}
