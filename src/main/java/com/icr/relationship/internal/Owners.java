package com.icr.relationship.internal;

import com.icr.relationship.RelationshipRequest;
import com.icr.core.AccountId;

/** The owner on each side of a relationship and its executive sponsor, by Atlassian account id. */
public record Owners(String provider, String customer, String sponsor) {

    public static Owners of(RelationshipRequest request) {
        return new Owners(AccountId.valueOf("providerOwnerAccountId", request.providerOwnerAccountId()),
                AccountId.valueOf("customerOwnerAccountId", request.customerOwnerAccountId()),
                AccountId.valueOf("executiveSponsorAccountId", request.executiveSponsorAccountId()));
    }
}
