package com.icr.digest;

import com.icr.core.Period;
import com.icr.relationship.RelationshipView;
import com.icr.request.DigestRequests;
import com.icr.review.ItemView;
import com.icr.satisfaction.GivenThanks;
import com.icr.satisfaction.LowRating;
import com.icr.tenant.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one relationship's digest says about a period, with the people it names by account
 * id.
 */
record DigestContent(RelationshipView relationship, Period period, List<DigestRequests.Declined> noes,
        List<LowRating> lowRatings, List<DigestRequests.Missed> missed, List<ItemView> raised, List<GivenThanks> thanks,
        Map<String, Person> people) {

    /** Everyone the page names, who must be looked up by name. */
    static List<String> accountsOf(RelationshipView relationship, List<LowRating> lowRatings, List<ItemView> raised,
            List<GivenThanks> thanks) {
        return Stream
            .of(Stream.of(relationship.providerOwnerAccountId(), relationship.customerOwnerAccountId(),
                    relationship.executiveSponsorAccountId()), lowRatings.stream().map(LowRating::accountId),
                    raised.stream().map(ItemView::createdByAccountId), thanks.stream().map(GivenThanks::from),
                    thanks.stream().flatMap(t -> t.to().stream()))
            .flatMap(s -> s)
            .filter(a -> a != null && !a.isBlank())
            .distinct()
            .toList();
    }

    /** The owners and the sponsor: the page's watchers. */
    List<String> readers() {
        return Stream
            .of(relationship.providerOwnerAccountId(), relationship.customerOwnerAccountId(),
                    relationship.executiveSponsorAccountId())
            .filter(a -> a != null && !a.isBlank())
            .distinct()
            .toList();
    }

    /**
     * The reader's language: the sponsor's, else the provider owner's, else the customer
     * owner's (as their product knows it); English when none has one.
     */
    DigestWords words() {
        return Stream
            .of(relationship.executiveSponsorAccountId(), relationship.providerOwnerAccountId(),
                    relationship.customerOwnerAccountId())
            .filter(a -> a != null)
            .map(people::get)
            .filter(p -> p != null)
            .map(p -> p.preferredLocale())
            .flatMap(Optional::stream)
            .findFirst()
            .map(DigestWords::of)
            .orElseGet(() -> DigestWords.of(null));
    }

}
