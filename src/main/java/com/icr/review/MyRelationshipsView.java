package com.icr.review;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.Keyed;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The relationships a person owns a side of or sponsors (or owns an open review entry
 * of), each with its figures of the current quarter and what needs this person there: the
 * Jira dashboard gadget "My internal customers". The relationships that need them come
 * first.
 */
@Schema(name = "MyRelationships")
public record MyRelationshipsView(@Schema(nullable = true, description = "The viewer") String accountId,
        @Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter, List<Mine> relationships, Instant generatedAt) {

    /** The most entries an attention group lists; its count says how many there are. */
    public static final int LISTED = 5;

    /**
     * One relationship: the person's roles in it (none when they only own one of its
     * review entries), its quarter's matrix cells, and what needs them, group by group.
     */
    @Schema(name = "MyRelationship")
    public record Mine(String relationshipId, String name, List<Role> roles,
            @Schema(nullable = true) String providerOwnerAccountId,
            @Schema(nullable = true) String customerOwnerAccountId,
            @Schema(nullable = true) String executiveSponsorAccountId, ReviewView.SnapshotRow headline,
            @Schema(description = "Everything in its groups that needs the person") int attention, @ArraySchema(
                    arraySchema = @Schema(description = "Only the groups with something in them")) List<Group> groups) {
    }

    /** Who the person is in a relationship. */
    public enum Role implements Keyed {

        PROVIDER_OWNER, CUSTOMER_OWNER, EXECUTIVE_SPONSOR;

        @Override
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

    }

    /** What needs the person, by kind. */
    public enum Kind implements Keyed {

        /** Open requests their side has not said yes or no to (the provider's owner). */
        DECISIONS,
        /** A draft of the agreement their side has not confirmed (either owner). */
        AGREEMENT,
        /**
         * Open requests past their service target or due within a day (provider's owner,
         * sponsor).
         */
        SERVICE,
        /** Ratings of 1 or 2 in the last 14 days (provider's owner, sponsor). */
        RATINGS,
        /** Open review entries they own. */
        ITEMS;

        @Override
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /** A group: how many, and the first {@link #LISTED} of them. */
    @Schema(name = "MyAttentionGroup")
    public record Group(Kind kind, int count, List<Entry> entries) {
    }

    /**
     * One thing that needs the person. A request names its issue only when the person may
     * browse it ({@code issueKey} null otherwise); {@code at} is when it was raised,
     * answered or falls due.
     */
    @Schema(name = "MyAttentionEntry")
    public record Entry(@Schema(nullable = true) String issueId, @Schema(nullable = true) String issueKey, Instant at,
            @Schema(nullable = true, allowableValues = {
                    "overdue", "due-soon" }) String due,
            @Schema(nullable = true, allowableValues = { "first-response", "resolution" }) String target,
            @Schema(nullable = true, minimum = "1", maximum = "5") Integer rating,
            @Schema(nullable = true, description = "A rating's comment, an entry's text") String text,
            @Schema(nullable = true) ItemKind itemKind, @Schema(nullable = true) Integer version){
    }

}
