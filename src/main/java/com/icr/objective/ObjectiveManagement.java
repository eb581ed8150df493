package com.icr.objective;

import org.springframework.context.event.EventListener;
import com.icr.tenant.SitePurging;
import com.icr.core.Quarter;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarter's corporate objectives and the relationships that support them. */
@Service
public class ObjectiveManagement {

    private final ObjectiveRepository objectives;

    private final ObjectiveLinks links;

    private final ApplicationEventPublisher events;

    private final RelationshipManagement relationships;

    private final Clock clock;

    ObjectiveManagement(ObjectiveRepository objectives, ObjectiveLinks links, ApplicationEventPublisher events,
            RelationshipManagement relationships, Clock clock) {
        this.objectives = objectives;
        this.links = links;
        this.events = events;
        this.relationships = relationships;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ObjectiveView> list(TenantId tenantId, String quarter) {
        return views(tenantId, objectives.findByTenantIdAndQuarterOrderByCreatedAt(tenantId,
                Quarter.parse("quarter", quarter, clock).period().key()));
    }

    @Transactional(readOnly = true)
    public ObjectiveView get(TenantId tenantId, String id) {
        return views(tenantId, List.of(find(tenantId, id))).get(0);
    }

    @Transactional(readOnly = true)
    public boolean isOwner(TenantId tenantId, String id, String accountId) {
        return accountId != null && accountId.equals(find(tenantId, id).ownerAccountId());
    }

    @Transactional
    public ObjectiveView create(TenantId tenantId, ObjectiveRequest request) {
        Objective objective = objectives
            .save(new Objective(tenantId, Objective.Draft.of(request, clock), clock.instant()));
        return views(tenantId, List.of(objective)).get(0);
    }

    @Transactional
    public ObjectiveView update(TenantId tenantId, String id, ObjectiveRequest request, String accountId) {
        Objective.Draft draft = Objective.Draft.of(request, clock);
        Objective objective = find(tenantId, id);
        objective.change(draft, accountId, clock.instant());
        return views(tenantId, List.of(objective)).get(0);
    }

    /** Measures that supported the objective keep their history and lose the link. */
    @Transactional
    public void delete(TenantId tenantId, String id) {
        Objective objective = find(tenantId, id);
        events.publishEvent(new ObjectiveDeleted(tenantId, id));
        objectives.delete(objective);
    }

    /**
     * The relationship's objectives, all replaced: an unknown id is a 400 and nothing
     * changes.
     */
    @Transactional
    public List<String> link(TenantId tenantId, String relationshipId, List<String> objectiveIds) {
        relationships.pairOf(tenantId, relationshipId);
        Set<String> ids = new LinkedHashSet<>(objectiveIds == null ? List.of() : objectiveIds);
        if (ids.size() > 50) {
            throw new InvalidInput("objectiveIds", "input.too-many-objectives");
        }
        int found = objectives.findByTenantIdAndIdIn(tenantId, ids).size();
        if (ids.contains(null) || found != ids.size()) {
            throw new InvalidInput("objectiveIds", "input.unknown-objective");
        }
        links.replace(tenantId, relationshipId, ids);
        return links.objectivesOf(tenantId, relationshipId);
    }

    /**
     * The quarter's objectives that the relationships support or that their measures
     * serve.
     */
    @Transactional(readOnly = true)
    public List<ObjectiveView> supportedBy(TenantId tenantId, Period quarter, Set<String> relationshipIds,
            Set<String> measureObjectives) {
        List<Objective> all = objectives.findByTenantIdAndQuarterOrderByCreatedAt(tenantId, quarter.key());
        return views(tenantId, all).stream()
            .filter(o -> measureObjectives.contains(o.id())
                    || o.relationshipIds().stream().anyMatch(relationshipIds::contains))
            .toList();
    }

    /** Every objective's title by id, for exports. */
    @Transactional(readOnly = true)
    public Map<String, String> titles(TenantId tenantId) {
        return objectives.findByTenantId(tenantId)
            .stream()
            .collect(java.util.stream.Collectors.toMap(Objective::id, Objective::title));
    }

    /** Whether the objective exists on the site: measures link only to those. */
    public boolean exists(TenantId tenantId, String id) {
        return objectives.findByTenantIdAndId(tenantId, id).isPresent();
    }

    /** A purged site's rows go in the purge's transaction. */
    @EventListener
    void purge(SitePurging purging) {
        TenantId tenantId = purging.tenantId();
        links.purge(tenantId);
        objectives.deleteOf(tenantId);
    }

    private Objective find(TenantId tenantId, String id) {
        return objectives.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFound("not-found.objective", id));
    }

    private List<ObjectiveView> views(TenantId tenantId, List<Objective> list) {
        Map<String, List<String>> linked = links.relationshipsOf(tenantId, list.stream().map(Objective::id).toList());
        return list.stream().map(o -> o.view(linked.getOrDefault(o.id(), List.of()))).toList();
    }

}
