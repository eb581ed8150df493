package com.icr.relationship;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A relationship as the API shows it; {@code versions} (newest first) only when one is
 * read by id.
 */
@Schema(name = "Relationship")
public record RelationshipView(String id, DepartmentRef provider, DepartmentRef customer,
        @Schema(nullable = true) String providerOwnerAccountId, @Schema(nullable = true) String customerOwnerAccountId,
        @Schema(nullable = true) String executiveSponsorAccountId, Standing standing,
        @Schema(nullable = true) AgreementView agreed, @Schema(nullable = true) AgreementView draft,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AgreementView> versions, Instant createdAt) {

    /**
     * The relationship as a viewer without an account reads it (a macro on a public
     * page): nobody named.
     */
    public RelationshipView withoutPeople() {
        return new RelationshipView(id, provider, customer, null, null, null, standing,
                agreed == null ? null : agreed.withoutPeople(), draft == null ? null : draft.withoutPeople(),
                versions == null ? null : versions.stream().map(AgreementView::withoutPeople).toList(), createdAt);
    }
}
