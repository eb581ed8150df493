package com.icr.relationship.internal;

import com.icr.relationship.RelationshipRequest;
import com.icr.core.AccountId;

/**
 * The owner on each side of a relationship and its executive sponsor, by Atlassian
 * account id.
 */
public record Owners(String provider, String customer, String sponsor) {

    public static Owners of(RelationshipRequest request) {
        return new Owners(AccountId.valueOf("providerOwnerAccountId", request.providerOwnerAccountId()),
                AccountId.valueOf("customerOwnerAccountId", request.customerOwnerAccountId()),
                AccountId.valueOf("executiveSponsorAccountId", request.executiveSponsorAccountId()));
    }

    /**
     * These owners with those {@code asked} names, where it names one (null leaves a side
     * as it is).
     */
    public Owners with(Owners asked) {
        return new Owners(asked.provider() != null ? asked.provider() : provider,
                asked.customer() != null ? asked.customer() : customer,
                asked.sponsor() != null ? asked.sponsor() : sponsor);
    }

    /** The request with these owners in it. */
    public RelationshipRequest into(RelationshipRequest request) {
        return new RelationshipRequest(request.providerId(), request.customerId(), provider, customer, sponsor,
                request.agreement());
    }
}
