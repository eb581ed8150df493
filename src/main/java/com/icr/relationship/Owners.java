package com.icr.relationship;

import com.icr.core.InvalidInput;
import java.util.regex.Pattern;

/** The owner on each side of a relationship and its executive sponsor, by Atlassian account id. */
record Owners(String provider, String customer, String sponsor) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,128}");

    static Owners of(RelationshipRequest request) {
        return new Owners(account("providerOwnerAccountId", request.providerOwnerAccountId()),
                account("customerOwnerAccountId", request.customerOwnerAccountId()),
                account("executiveSponsorAccountId", request.executiveSponsorAccountId()));
    }

    private static String account(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ACCOUNT_ID.matcher(id).matches()) {
            throw new InvalidInput(field, "is not an Atlassian account id");
        }
        return id;
    }
}
