package com.icr.relationship;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A relationship as the API shows it; {@code versions} (newest first) only when one is read by id. */
public record RelationshipView(String id, DepartmentRef provider, DepartmentRef customer, String providerOwnerAccountId,
                               String customerOwnerAccountId, String executiveSponsorAccountId, Standing standing,
                               AgreementView agreed, AgreementView draft,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<AgreementView> versions, Instant createdAt) {
}
