package com.icr.relationship;

/** {@code POST /api/relationships} and {@code PUT /api/relationships/{id}}. */
public record RelationshipRequest(String providerId, String customerId, String providerOwnerAccountId,
                                  String customerOwnerAccountId, String executiveSponsorAccountId,
                                  AgreementRequest agreement) {
}
