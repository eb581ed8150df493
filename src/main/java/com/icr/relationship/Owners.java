package com.icr.relationship;

import com.icr.core.AccountId;

/** The owner on each side of a relationship and its executive sponsor, by Atlassian account id. */
record Owners(String provider, String customer, String sponsor) {

    static Owners of(RelationshipRequest request) {
        return new Owners(AccountId.valueOf("providerOwnerAccountId", request.providerOwnerAccountId()),
                AccountId.valueOf("customerOwnerAccountId", request.customerOwnerAccountId()),
                AccountId.valueOf("executiveSponsorAccountId", request.executiveSponsorAccountId()));
    }
}
