package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The agreement part of a relationship request; checked by {@link AgreementTerms#of}. */
public record AgreementRequest(@ArraySchema(maxItems = 50, schema = @Schema(maxLength = 500)) List<String> deliverables,
        @Schema(maxLength = 4000,
                description = "What good looks like: the specification a request must meet") String expectations,
        @Schema(maxLength = 4000) String customerGivesBack, ServiceTarget serviceTarget,
        @ArraySchema(maxItems = 15, schema = @Schema(maxLength = 200), arraySchema = @Schema(nullable = true,
                description = "What good looks like as a checklist the requester ticks; null keeps the current one")) List<String> checklist) {

    /** Terms without a checklist: a change keeps the current one. */
    public AgreementRequest(List<String> deliverables, String expectations, String customerGivesBack,
            ServiceTarget serviceTarget) {
        this(deliverables, expectations, customerGivesBack, serviceTarget, null);
    }
}
