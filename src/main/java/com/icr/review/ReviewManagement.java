package com.icr.review;

import com.icr.review.internal.ReviewItems;
import com.icr.review.internal.ReviewTrend;
import com.icr.review.internal.SponsorNotes;
import com.icr.appreciation.AppreciationManagement;
import com.icr.measure.MeasureManagement;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveManagement;
import com.icr.relationship.FigureReading;
import com.icr.department.Member;
import com.icr.relationship.Side;
import com.icr.relationship.Sides;
import com.icr.core.Quarter;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentView;
import com.icr.relationship.MatrixFigures.Figure;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.Metric;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.request.RequestManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly review of a relationship or a department, for the Jira page, the macro
 * and its export.
 */
@Service
public class ReviewManagement {

    static final int TREND_QUARTERS = 4;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final ObjectiveManagement objectives;

    private final MeasureManagement measures;

    private final ReviewItems items;

    private final AppreciationManagement appreciation;

    private final SponsorNotes notes;

    private final RequestManagement requests;

    private final Clock clock;

    private final MyRelationships mine;

    ReviewManagement(RelationshipManagement relationships, DepartmentManagement departments,
            ObjectiveManagement objectives, MeasureManagement measures, ReviewItems items,
            AppreciationManagement appreciation, SponsorNotes notes, RequestManagement requests, Clock clock,
            MyRelationships mine) {
        this.mine = mine;
        this.requests = requests;
        this.relationships = relationships;
        this.departments = departments;
        this.objectives = objectives;
        this.measures = measures;
        this.items = items;
        this.appreciation = appreciation;
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * Raises an entry for one side of the relationship; {@code mayRaiseFor} are the sides
     * the caller belongs to (null: any, for administrators).
     */
    public ItemView raise(TenantId tenantId, RelationshipView relationship, ItemRequest request, Set<Side> mayRaiseFor,
            String accountId) {
        return items.raise(tenantId, relationship, request, mayRaiseFor, accountId);
    }

    /**
     * Moves an entry on (its status, owner, agreed action); {@code editorSides} are the
     * sides the caller belongs to (null: any, for administrators): only the side that
     * raised it rewords it.
     */
    public ItemView change(TenantId tenantId, String itemId, ItemChange change, Set<Side> editorSides,
            String accountId) {
        return items.change(tenantId, itemId, change, editorSides, accountId);
    }

    /**
     * The frustrations, assumptions and suggestions raised about the relationship in the
     * span (the digest), oldest first.
     */
    public List<ItemView> raisedDuring(TenantId tenantId, String relationshipId, Instant from, Instant until) {
        return items.list(tenantId, relationshipId, null)
            .stream()
            .filter(i -> !i.createdAt().isBefore(from) && i.createdAt().isBefore(until))
            .sorted(Comparator.comparing(ItemView::createdAt))
            .toList();
    }

    /** Writes the sponsor's note of the quarter. */
    public SponsorNoteView writeNote(TenantId tenantId, RelationshipView relationship, String quarter, String text,
            String accountId) {
        return notes.write(tenantId, relationship, quarter, text, accountId);
    }

    /**
     * The review as anyone on the site reads it (the macro's export): without the
     * reader's permissions, naming no issue.
     */
    public ReviewView review(TenantId tenantId, String relationshipId, String departmentId, String quarter) {
        return review(tenantId, relationshipId, departmentId, quarter, null, null);
    }

    /**
     * The review as one reader sees it: with the forms their departments and sponsorships
     * allow, naming only the issues the reader ({@code caller}; null: nobody) may browse.
     */
    public ReviewView review(TenantId tenantId, String relationshipId, String departmentId, String quarter,
            Member reader, Caller caller) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        boolean byRelationship = relationshipId != null && !relationshipId.isBlank();
        boolean byDepartment = departmentId != null && !departmentId.isBlank();
        if (byRelationship == byDepartment) {
            throw new InvalidInput("relationship", "input.review-scope");
        }
        List<RelationshipView> scope;
        ReviewView.Scope what;
        Set<String> departmentIds = new LinkedHashSet<>();
        if (byRelationship) {
            RelationshipView relationship = relationships.get(tenantId, relationshipId);
            scope = List.of(relationship);
            what = new ReviewView.Scope("relationship", relationship.id(), nameOf(relationship));
            departmentIds.add(relationship.provider().id());
            departmentIds.add(relationship.customer().id());
        }
        else {
            DepartmentView department = departments.get(tenantId, departmentId);
            scope = relationships.list(tenantId)
                .stream()
                .filter(r -> r.provider().id().equals(department.id()) || r.customer().id().equals(department.id()))
                .toList();
            what = new ReviewView.Scope("department", department.id(), department.name());
            departmentIds.add(department.id());
        }
        Map<String, RelationshipView> byId = scope.stream()
            .collect(Collectors.toMap(RelationshipView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Pair> pairs = new LinkedHashMap<>();
        scope.forEach(r -> pairs.put(r.id(), new Pair(r.provider().id(), r.customer().id())));

        FigureReading reading = relationships.reading(tenantId);
        List<ReviewView.SnapshotRow> snapshot = scope.stream()
            .map(r -> row(reading, r, pairs.get(r.id()), period))
            .toList();
        List<MeasureView> measured = measures.ofRelationships(tenantId, byId.keySet(), period);
        Set<String> measureObjectives = measured.stream()
            .map(MeasureView::objectiveId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
        List<ReviewView.TrendPoint> trend = ReviewTrend.of(reading, pairs.values(), period, TREND_QUARTERS);
        return new ReviewView(what, period.key(), trend.stream().map(ReviewView.TrendPoint::quarter).toList(), snapshot,
                trend, objectives.supportedBy(tenantId, period, byId.keySet(), measureObjectives), measured,
                items.forReview(tenantId, byId.keySet(), period),
                appreciation.during(tenantId, period, departmentIds, byRelationship, caller),
                notes.forQuarter(tenantId, byId.keySet(), period, id -> nameOf(byId.get(id))),
                reader == null ? ReviewView.You.NOBODY : you(reader, scope), clock.instant());
    }

    /**
     * The caller's relationships (as an owner, the sponsor, or the owner of a review
     * entry) with what needs them there: the dashboard gadget's one call. Not in a
     * transaction: whether the caller may browse the issues it names is asked of the
     * host.
     */
    public MyRelationshipsView relationshipsOf(Caller caller) {
        return mine.of(caller);
    }

    /**
     * Where the review page opens when its link chose nothing: the busiest relationship
     * of the quarter (the most internal requests open at some time in it) among the
     * reader's own departments', else among the site's; without any activity, the
     * reader's first relationship by name, else the site's; a site without relationships
     * opens on its first department. Empty for a site with neither.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewView.Scope> openingScope(TenantId tenantId, String quarter, Member reader) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        Comparator<RelationshipView> byName = Comparator.comparing(ReviewManagement::nameOf);
        List<RelationshipView> all = relationships.list(tenantId).stream().sorted(byName).toList();
        if (all.isEmpty()) {
            return departments.list(tenantId, false)
                .stream()
                .min(Comparator.comparing(DepartmentView::name))
                .map(d -> new ReviewView.Scope("department", d.id(), d.name()));
        }
        Map<Pair, Integer> activity = requests.activityDuring(tenantId, period);
        ToIntFunction<RelationshipView> busy = r -> activity
            .getOrDefault(new Pair(r.provider().id(), r.customer().id()), 0);
        List<RelationshipView> own = reader == null ? List.of()
                : all.stream()
                    .filter(r -> reader.belongsTo(r.provider().id()) || reader.belongsTo(r.customer().id()))
                    .toList();
        Optional<RelationshipView> chosen = busiest(own, busy).or(() -> busiest(all, busy))
            .or(() -> own.stream().findFirst())
            .or(() -> all.stream().findFirst());
        return chosen.map(r -> new ReviewView.Scope("relationship", r.id(), nameOf(r)));
    }

    /**
     * The busiest with any activity at all; the first by name among equals (the list is
     * sorted).
     */
    private static Optional<RelationshipView> busiest(List<RelationshipView> candidates,
            ToIntFunction<RelationshipView> busy) {
        RelationshipView best = null;
        for (RelationshipView r : candidates) {
            if (busy.applyAsInt(r) > 0 && (best == null || busy.applyAsInt(r) > busy.applyAsInt(best))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    public static String nameOf(RelationshipView relationship) {
        return relationship.provider().name() + " → " + relationship.customer().name();
    }

    static ReviewView.SnapshotRow row(FigureReading reading, RelationshipView r, Pair pair, Period period) {
        Figure open = reading.of(Metric.OPEN, period).get(pair);
        return new ReviewView.SnapshotRow(r.id(), r.provider().id(), r.provider().name(), r.customer().id(),
                r.customer().name(), r.standing(), cell(reading.of(Metric.SATISFACTION, period).get(pair)),
                cell(reading.of(Metric.YESNO, period).get(pair)), cell(reading.of(Metric.SERVICE, period).get(pair)),
                cell(reading.of(Metric.SPECIFICATION, period).get(pair)),
                open == null ? 0 : open.counts().getOrDefault("open", 0));
    }

    private static ReviewView.Cell cell(Figure figure) {
        return figure == null ? null : new ReviewView.Cell(figure.value(), figure.label());
    }

    private static ReviewView.You you(Member reader, List<RelationshipView> scope) {
        Map<String, List<Side>> sides = new LinkedHashMap<>();
        for (RelationshipView r : scope) {
            Set<Side> of = Sides.of(reader, r);
            if (!of.isEmpty()) {
                sides.put(r.id(), List.copyOf(of));
            }
        }
        return new ReviewView.You(reader.administrator(), sides,
                scope.stream().filter(r -> Sides.isSponsor(reader, r)).map(RelationshipView::id).toList());
    }

}
