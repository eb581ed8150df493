package com.icr.relationship;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /api/relationships} and {@code PUT /api/relationships/{id}}. */
public record RelationshipRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerId,
        @Schema(nullable = true) String providerOwnerAccountId, @Schema(nullable = true) String customerOwnerAccountId,
        @Schema(nullable = true) String executiveSponsorAccountId, AgreementRequest agreement) {
}
