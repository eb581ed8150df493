package com.icr.measure;

import com.icr.objective.ObjectiveDeleted;
import org.springframework.context.event.EventListener;
import com.icr.tenant.SitePurging;
import com.icr.objective.ObjectiveManagement;
import com.icr.relationship.FigureReading;
import com.icr.core.Quarter;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures relationships share, valued per month and scored against their targets.
 */
@Service
public class MeasureManagement {

    private final MeasureRepository measures;

    private final ObjectiveManagement objectives;

    private final RelationshipManagement relationships;

    private final Clock clock;

    MeasureManagement(MeasureRepository measures, ObjectiveManagement objectives, RelationshipManagement relationships,
            Clock clock) {
        this.measures = measures;
        this.objectives = objectives;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Every measure of the site, or of one relationship, valued for the quarter. */
    @Transactional(readOnly = true)
    public List<MeasureView> list(TenantId tenantId, String relationshipId, String quarter) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        List<Measure> found = relationshipId == null ? measures.findByTenantIdOrderByName(tenantId) : measures
            .findByTenantIdAndRelationshipIdInOrderByName(tenantId, List.of(checked(tenantId, relationshipId)));
        return views(tenantId, found, period);
    }

    @Transactional(readOnly = true)
    public List<MeasureView> ofRelationships(TenantId tenantId, Collection<String> relationshipIds, Period period) {
        return relationshipIds.isEmpty() ? List.of() : views(tenantId,
                measures.findByTenantIdAndRelationshipIdInOrderByName(tenantId, relationshipIds), period);
    }

    @Transactional(readOnly = true)
    public MeasureView get(TenantId tenantId, String id, String quarter) {
        return views(tenantId, List.of(find(tenantId, id)), Quarter.parse("quarter", quarter, clock).period()).get(0);
    }

    /**
     * The relationship a measure belongs to: who may change the measure depends on it.
     */
    @Transactional(readOnly = true)
    public String relationshipOf(TenantId tenantId, String id) {
        return find(tenantId, id).relationshipId();
    }

    @Transactional
    public MeasureView create(TenantId tenantId, MeasureRequest request, String accountId) {
        Measure.Draft draft = draft(tenantId, request);
        String relationshipId = checked(tenantId, request.relationshipId());
        Measure measure = measures.save(new Measure(tenantId, relationshipId, draft, accountId, clock.instant()));
        return views(tenantId, List.of(measure), Quarter.current(clock).period()).get(0);
    }

    @Transactional
    public MeasureView update(TenantId tenantId, String id, MeasureRequest request, String accountId) {
        Measure.Draft draft = draft(tenantId, request);
        Measure measure = find(tenantId, id);
        if (request.relationshipId() != null && !request.relationshipId().equals(measure.relationshipId())) {
            throw new InvalidInput("relationshipId", "input.measure-relationship-fixed");
        }
        measure.change(draft, accountId, clock.instant());
        return views(tenantId, List.of(measure), Quarter.current(clock).period()).get(0);
    }

    @Transactional
    public void delete(TenantId tenantId, String id) {
        measures.delete(find(tenantId, id));
    }

    /**
     * Types in (or, with null, clears) a manual measure's value for a month; the quarter
     * shown is the month's.
     */
    @Transactional
    public MeasureView record(TenantId tenantId, String id, String month, Double value, boolean clear,
            String accountId) {
        MeasureMonth parsed = MeasureMonth.parse(month);
        if (!clear && value == null) {
            throw new InvalidInput("value", "input.number-required");
        }
        Measure measure = find(tenantId, id);
        measure.record(parsed, clear ? null : value, accountId, clock.instant());
        measures.flush();
        return views(tenantId, List.of(measure), Quarter.parse("period", quarterOf(parsed), clock).period()).get(0);
    }

    /**
     * Measures that supported a deleted objective keep their history and lose the link.
     */
    @EventListener
    void unlink(ObjectiveDeleted deleted) {
        measures.unlinkObjective(deleted.tenantId(), deleted.objectiveId());
    }

    /** A purged site's rows go in the purge's transaction. */
    @EventListener
    void purge(SitePurging purging) {
        TenantId tenantId = purging.tenantId();
        measures.deleteOf(tenantId);
    }

    private Measure.Draft draft(TenantId tenantId, MeasureRequest request) {
        Measure.Draft draft = Measure.Draft.of(request);
        if (draft.objectiveId() != null && !objectives.exists(tenantId, draft.objectiveId())) {
            throw new InvalidInput("objectiveId", "input.unknown-objective");
        }
        return draft;
    }

    private String checked(TenantId tenantId, String relationshipId) {
        if (relationshipId == null || relationshipId.isBlank()) {
            throw new InvalidInput("relationshipId", "input.required");
        }
        try {
            relationships.pairOf(tenantId, relationshipId);
        }
        catch (NotFound e) {
            throw new InvalidInput("relationshipId", "input.no-relationship", relationshipId);
        }
        return relationshipId;
    }

    private Measure find(TenantId tenantId, String id) {
        return measures.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFound("not-found.measure", id));
    }

    private static String quarterOf(MeasureMonth month) {
        return month.month().getYear() + "-Q" + ((month.month().getMonthValue() - 1) / 3 + 1);
    }

    private List<MeasureView> views(TenantId tenantId, List<Measure> list, Period period) {
        FigureReading reading = relationships.reading(tenantId);
        Map<String, Pair> pairs = new HashMap<>();
        List<MeasureView> views = new ArrayList<>();
        for (Measure m : list) {
            Pair pair = m.source() == MeasureSource.MANUAL ? null
                    : pairs.computeIfAbsent(m.relationshipId(), id -> relationships.pairOf(tenantId, id));
            Map<String, Double> typed = m.values();
            List<MeasureView.MonthValue> months = MeasureMonth.of(period)
                .stream()
                .map(month -> new MeasureView.MonthValue(month.key(),
                        pair == null ? typed.get(month.key()) : m.source().valueIn(reading, pair, month.period())))
                .toList();
            MeasureView.MonthValue latest = months.stream()
                .filter(v -> v.value() != null)
                .reduce((a, b) -> b)
                .orElse(null);
            Double score = m.score(latest == null ? null : latest.value());
            views.add(new MeasureView(m.id(), m.relationshipId(), m.objectiveId(), m.name(), m.unit(), m.source(),
                    m.direction(), m.target(), months, latest, score, MeasureView.status(score), m.updatedAt(),
                    m.updatedBy()));
        }
        return views;
    }

}
