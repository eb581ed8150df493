package com.icr.relationship;

import com.icr.core.NotPermitted;
import com.icr.department.Member;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which side of a relationship a member is on: its provider's or its customer's, by
 * belonging to that department or owning that side of the relationship; and whether they
 * sponsor it.
 */
public final class Sides {

    private Sides() {
    }

    public static Set<Side> of(Member member, RelationshipView relationship) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (member.accountId() == null) {
            return sides;
        }
        if (member.belongsTo(relationship.provider().id())
                || member.accountId().equals(relationship.providerOwnerAccountId())) {
            sides.add(Side.PROVIDER);
        }
        if (member.belongsTo(relationship.customer().id())
                || member.accountId().equals(relationship.customerOwnerAccountId())) {
            sides.add(Side.CUSTOMER);
        }
        return sides;
    }

    public static boolean isSponsor(Member member, RelationshipView relationship) {
        return member.accountId() != null && member.accountId().equals(relationship.executiveSponsorAccountId());
    }

    /**
     * Only the relationship's two departments, and administrators, change what belongs to
     * it. {@code refusalKey} names the refusal in the error bundle
     * ({@code not-permitted.sides.*}), whose message takes the two departments' names.
     */
    public static void require(Member member, RelationshipView relationship, String refusalKey) {
        if (!member.administrator() && of(member, relationship).isEmpty()) {
            throw new NotPermitted(refusalKey, relationship.provider().name(), relationship.customer().name());
        }
    }

}
