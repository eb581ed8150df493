package com.icr.review;

import com.icr.core.Period;
import com.icr.core.Quarter;
import com.icr.relationship.AgreementView;
import com.icr.relationship.FigureReading;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.request.OpenRequest;
import com.icr.request.RequestManagement;
import com.icr.review.MyRelationshipsView.Entry;
import com.icr.review.MyRelationshipsView.Group;
import com.icr.review.MyRelationshipsView.Kind;
import com.icr.review.MyRelationshipsView.Mine;
import com.icr.review.MyRelationshipsView.Role;
import com.icr.review.internal.ReviewItems;
import com.icr.satisfaction.LowRating;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts together {@link MyRelationshipsView} for one person from the modules' own reads:
 * the relationships and their drafts, the open requests and their service targets, the
 * low ratings, the review entries the person owns. Issues are named only where the person
 * may browse them: one question to the host for all, outside any transaction.
 */
@Component
class MyRelationships {

    /** How far back a low rating still needs attention. */
    static final Duration RATINGS_SINCE = Duration.ofDays(14);

    /** A service target due within this is due soon. */
    static final Duration SOON = Duration.ofHours(24);

    private final RelationshipManagement relationships;

    private final RequestManagement requests;

    private final SatisfactionCheckManagement satisfaction;

    private final ReviewItems items;

    private final SitePermissions permissions;

    private final Clock clock;

    MyRelationships(RelationshipManagement relationships, RequestManagement requests,
            SatisfactionCheckManagement satisfaction, ReviewItems items, SitePermissions permissions, Clock clock) {
        this.relationships = relationships;
        this.requests = requests;
        this.satisfaction = satisfaction;
        this.items = items;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** What one relationship holds for the person before issues are named. */
    private record Found(RelationshipView relationship, List<Role> roles, Map<Kind, List<Entry>> entries) {
    }

    MyRelationshipsView of(Caller caller) {
        Instant now = clock.instant();
        Period quarter = Quarter.current(clock).period();
        String me = caller.accountId().orElse(null);
        if (me == null) {
            return new MyRelationshipsView(null, quarter.key(), List.of(), now);
        }
        TenantId tenantId = caller.tenantId();
        Map<String, List<ItemView>> owned = items.openOwnedBy(tenantId, me)
            .stream()
            .collect(Collectors.groupingBy(ItemView::relationshipId, LinkedHashMap::new, Collectors.toList()));
        List<Found> found = new ArrayList<>();
        for (RelationshipView r : relationships.list(tenantId)) {
            List<Role> roles = rolesOf(me, r);
            if (roles.isEmpty() && !owned.containsKey(r.id())) {
                continue;
            }
            found.add(new Found(r, roles, entriesOf(tenantId, r, roles, owned.getOrDefault(r.id(), List.of()), now)));
        }
        Set<String> issues = found.stream()
            .flatMap(f -> f.entries().values().stream())
            .flatMap(List::stream)
            .map(Entry::issueId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
        Set<String> browsable = issues.isEmpty() ? Set.of() : new HashSet<>(permissions.browsable(caller, issues));
        FigureReading reading = relationships.reading(tenantId);
        List<Mine> mine = found.stream().map(f -> mine(f, reading, quarter, browsable)).sorted(ORDER).toList();
        return new MyRelationshipsView(me, quarter.key(), mine, now);
    }

    /** Those that need the person most first, then by name. */
    private static final Comparator<Mine> ORDER = Comparator.comparingInt(Mine::attention)
        .reversed()
        .thenComparing(Mine::name, String.CASE_INSENSITIVE_ORDER);

    static List<Role> rolesOf(String me, RelationshipView r) {
        List<Role> roles = new ArrayList<>();
        if (me.equals(r.providerOwnerAccountId())) {
            roles.add(Role.PROVIDER_OWNER);
        }
        if (me.equals(r.customerOwnerAccountId())) {
            roles.add(Role.CUSTOMER_OWNER);
        }
        if (me.equals(r.executiveSponsorAccountId())) {
            roles.add(Role.EXECUTIVE_SPONSOR);
        }
        return roles;
    }

    private Map<Kind, List<Entry>> entriesOf(TenantId tenantId, RelationshipView r, List<Role> roles,
            List<ItemView> owned, Instant now) {
        Map<Kind, List<Entry>> entries = new LinkedHashMap<>();
        boolean provider = roles.contains(Role.PROVIDER_OWNER);
        boolean escalation = provider || roles.contains(Role.EXECUTIVE_SPONSOR);
        if (provider || escalation) {
            List<OpenRequest> open = requests.openRequestsOf(tenantId, r);
            if (provider) {
                entries.put(Kind.DECISIONS, open.stream()
                    .filter(OpenRequest::awaitingDecision)
                    .map(o -> new Entry(o.issueId(), o.issueKey(), o.createdAt(), null, null, null, null, null, null))
                    .toList());
            }
            entries.put(Kind.SERVICE, open.stream()
                .filter(o -> o.dueAt() != null && o.dueAt().isBefore(now.plus(SOON)))
                .sorted(Comparator.comparing(OpenRequest::dueAt))
                .map(o -> new Entry(o.issueId(), o.issueKey(), o.dueAt(), o.overdueAt(now) ? "overdue" : "due-soon",
                        o.target() == OpenRequest.Target.FIRST_RESPONSE ? "first-response" : "resolution", null, null,
                        null, null))
                .toList());
        }
        AgreementView draft = r.draft();
        if (draft != null && ((provider && draft.providerConfirmedAt() == null)
                || (roles.contains(Role.CUSTOMER_OWNER) && draft.customerConfirmedAt() == null))) {
            entries.put(Kind.AGREEMENT,
                    List.of(new Entry(null, null, draft.createdAt(), null, null, null, null, null, draft.version())));
        }
        if (escalation) {
            entries.put(Kind.RATINGS, satisfaction
                .lowRatingsSince(tenantId, new Pair(r.provider().id(), r.customer().id()), now.minus(RATINGS_SINCE))
                .stream()
                .map(l -> new Entry(l.issueId(), l.issueKey(), l.answeredAt(), null, null, l.rating(),
                        l.comment().isEmpty() ? null : l.comment(), null, null))
                .toList());
        }
        entries.put(Kind.ITEMS,
                owned.stream()
                    .map(i -> new Entry(null, null, i.createdAt(), null, null, null, i.text(), i.kind(), null))
                    .toList());
        return entries;
    }

    private static Mine mine(Found f, FigureReading reading, Period quarter, Set<String> browsable) {
        RelationshipView r = f.relationship();
        List<Group> groups = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Entry> all = f.entries().getOrDefault(kind, List.of());
            if (!all.isEmpty()) {
                groups.add(new Group(kind, all.size(),
                        all.stream().limit(MyRelationshipsView.LISTED).map(e -> named(e, browsable)).toList()));
            }
        }
        return new Mine(r.id(), ReviewManagement.nameOf(r), f.roles(), r.providerOwnerAccountId(),
                r.customerOwnerAccountId(), r.executiveSponsorAccountId(),
                ReviewManagement.row(reading, r, new Pair(r.provider().id(), r.customer().id()), quarter),
                groups.stream().mapToInt(Group::count).sum(), groups);
    }

    /** The issue named only for a person who may browse it. */
    private static Entry named(Entry e, Set<String> browsable) {
        if (e.issueId() == null || browsable.contains(e.issueId())) {
            return e;
        }
        return new Entry(null, null, e.at(), e.due(), e.target(), e.rating(), e.text(), e.itemKind(), e.version());
    }

}
