package com.icr.relationship;

import com.icr.relationship.internal.AgreementTerms;
import com.icr.relationship.internal.Calendars;
import com.icr.relationship.internal.MatrixQuery;
import com.icr.relationship.internal.Owners;
import com.icr.relationship.internal.Relationship;
import com.icr.relationship.internal.RelationshipRepository;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.core.NotPermitted;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship module's facade: relationships and their agreements, scoped to the
 * caller's tenant.
 */
@Service
public class RelationshipManagement {

    private final RelationshipRepository relationships;

    private final DepartmentManagement departments;

    private final TenantManagement revisions;

    private final Clock clock;

    private final JdbcTemplate jdbc;

    private final ObjectProvider<MatrixQuery> matrix;

    private final Calendars calendars;

    /**
     * The matrix comes lazily: the modules that count its figures ask this facade in
     * turn.
     */
    RelationshipManagement(RelationshipRepository relationships, DepartmentManagement departments,
            TenantManagement revisions, Clock clock, JdbcTemplate jdbc, ObjectProvider<MatrixQuery> matrix,
            Calendars calendars) {
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.matrix = matrix;
        this.relationships = relationships;
        this.departments = departments;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * The matrix of the site: a metric over a period, for some departments or all (the
     * parameters as given); {@code unknown} says whether ids the site lacks are refused
     * or left out.
     */
    public MatrixView matrixFor(TenantId tenantId, String metric, String period, String departments,
            UnknownDepartments unknown) {
        return matrix.getObject().matrixFor(tenantId, metric, period, departments, unknown);
    }

    /**
     * A reading of the site's figures, for whoever counts over several relationships and
     * periods at once.
     */
    public FigureReading reading(TenantId tenantId) {
        return matrix.getObject().reading(tenantId);
    }

    @Transactional(readOnly = true)
    public List<RelationshipView> list(TenantId tenantId) {
        Map<String, DepartmentRef> names = namesOf(tenantId);
        return relationships.findByTenantId(tenantId)
            .stream()
            .map(r -> r.view(names.get(r.providerId()), names.get(r.customerId()), false))
            .toList();
    }

    @Transactional(readOnly = true)
    public RelationshipView get(TenantId tenantId, String id) {
        return viewOf(tenantId, find(tenantId, id), true);
    }

    /**
     * The relationship from one department to another, with its versions: what a matrix
     * cell opens.
     */
    @Transactional(readOnly = true)
    public Optional<RelationshipView> between(TenantId tenantId, String providerId, String customerId) {
        if (providerId == null || providerId.isBlank()) {
            throw new InvalidInput("provider", "input.required-with-customer");
        }
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInput("customer", "input.required-with-provider");
        }
        return relationships.findByTenantIdAndProviderIdAndCustomerId(tenantId, providerId, customerId)
            .map(r -> viewOf(tenantId, r, true));
    }

    /**
     * The agreed service target of every relationship that has one: what the service
     * metric measures against.
     */
    @Transactional(readOnly = true)
    public Map<MatrixFigures.Pair, ServiceTarget> agreedServiceTargets(TenantId tenantId) {
        Map<MatrixFigures.Pair, ServiceTarget> targets = new java.util.HashMap<>();
        jdbc.query(
                "select r.provider_id, r.customer_id, v.first_response_hours, v.resolution_hours from relationship r "
                        + "join agreement_version v on v.relationship_id = r.id where r.tenant_id = ? and v.tenant_id = ? and v.status = 'AGREED' "
                        + "and (v.first_response_hours is not null or v.resolution_hours is not null)",
                rs -> {
                    targets.put(new MatrixFigures.Pair(rs.getString(1), rs.getString(2)),
                            new ServiceTarget((Integer) rs.getObject(3), (Integer) rs.getObject(4)));
                }, tenantId.value(), tenantId.value());
        return targets;
    }

    /**
     * The provider and customer of a relationship; 404 when the site has no such
     * relationship.
     */
    @Transactional(readOnly = true)
    public MatrixFigures.Pair pairOf(TenantId tenantId, String id) {
        Relationship relationship = find(tenantId, id);
        return new MatrixFigures.Pair(relationship.providerId(), relationship.customerId());
    }

    /**
     * The relationship from one department to another, if there is one; no error for
     * missing ids.
     */
    @Transactional(readOnly = true)
    public Optional<RelationshipView> find(TenantId tenantId, MatrixFigures.Pair pair) {
        return relationships.findByTenantIdAndProviderIdAndCustomerId(tenantId, pair.providerId(), pair.customerId())
            .map(r -> viewOf(tenantId, r, false));
    }

    @Transactional(readOnly = true)
    public boolean isOwner(TenantId tenantId, String id, String accountId) {
        return find(tenantId, id).isOwnedBy(accountId);
    }

    @Transactional
    public RelationshipView create(TenantId tenantId, RelationshipRequest request, String actor) {
        Relationship created = createUnchecked(tenantId, request, actor);
        revisions.structureChanged(tenantId);
        return viewOf(tenantId, created, true);
    }

    Relationship createUnchecked(TenantId tenantId, RelationshipRequest request, String actor) {
        if (request == null) {
            throw new InvalidInput("providerId", "input.required");
        }
        DepartmentName provider = department(tenantId, "providerId", request.providerId());
        DepartmentName customer = department(tenantId, "customerId", request.customerId());
        if (relationships.findByTenantIdAndProviderIdAndCustomerId(tenantId, provider.id(), customer.id())
            .isPresent()) {
            throw new InvalidInput("customerId", "input.already-serves", provider.name(), customer.name());
        }
        return relationships.saveAndFlush(newRelationship(tenantId, provider, customer, request, actor));
    }

    /**
     * For an import that has checked the departments and the pair itself; written at its
     * next flush. The import raises the site's revision once for all its rows.
     */
    public Relationship newRelationship(TenantId tenantId, DepartmentName provider, DepartmentName customer,
            RelationshipRequest request, String actor) {
        return relationships.save(new Relationship(tenantId, provider.id(), customer.id(), Owners.of(request),
                AgreementTerms.of(request.agreement()), actor, clock.instant()));
    }

    /**
     * Changes a relationship. Only an administrator changes who owns a side or sponsors
     * it; an owner changes only the terms (which start a new draft): an owner field they
     * leave out stays as it is, one that differs is refused and nothing changes.
     */
    @Transactional
    public RelationshipView update(TenantId tenantId, String id, RelationshipRequest request, String actor,
            boolean administrator) {
        Relationship relationship = find(tenantId, id);
        if (!administrator) {
            if (!relationship.isOwnedBy(actor)) {
                throw new NotPermitted("not-permitted.relationship-owners");
            }
            if (request == null) {
                throw new InvalidInput("agreement", "input.required");
            }
            Owners current = relationship.owners();
            Owners asked = Owners.of(request);
            if (!current.equals(current.with(asked))) {
                throw new NotPermitted("not-permitted.owners-by-administrators");
            }
            request = current.with(asked).into(request);
        }
        change(relationship, request, actor);
        relationships.flush();
        revisions.structureChanged(tenantId);
        return viewOf(tenantId, relationship, true);
    }

    /**
     * @return whether the owners or the agreement changed
     */
    public boolean change(Relationship relationship, RelationshipRequest request, String actor) {
        if (request == null) {
            throw new InvalidInput("agreement", "input.required");
        }
        if (request.providerId() != null && !request.providerId().equals(relationship.providerId())) {
            throw new InvalidInput("providerId", "input.side-fixed");
        }
        if (request.customerId() != null && !request.customerId().equals(relationship.customerId())) {
            throw new InvalidInput("customerId", "input.side-fixed");
        }
        Owners owners = Owners.of(request);
        AgreementTerms terms = AgreementTerms.of(request.agreement());
        if (request.agreement() != null && request.agreement().checklist() == null) {
            // a change that says nothing of the checklist (the CSV import, an older
            // client)
            // keeps it
            terms = terms.withChecklist(relationship.latestChecklist());
        }
        boolean ownersChanged = relationship.changeOwners(owners, clock.instant());
        boolean agreementChanged = relationship.changeAgreement(terms, actor, clock.instant());
        return ownersChanged || agreementChanged;
    }

    @Transactional
    public RelationshipView confirm(TenantId tenantId, String id, String accountId) {
        Relationship relationship = find(tenantId, id);
        relationship.confirm(accountId, clock.instant());
        relationships.flush();
        revisions.structureChanged(tenantId);
        return viewOf(tenantId, relationship, true);
    }

    @Transactional
    public void delete(TenantId tenantId, String id) {
        relationships.delete(find(tenantId, id));
        calendars.delete(tenantId, id);
        revisions.structureChanged(tenantId);
    }

    /**
     * The working calendar a relationship's service targets are counted in: its own, else
     * the site's, else the standard one (not in force: {@code since} null).
     */
    @Transactional(readOnly = true)
    public CalendarView calendarOf(TenantId tenantId, String id) {
        find(tenantId, id);
        return calendars.find(tenantId, id)
            .map(c -> CalendarView.of(c, "relationship"))
            .orElseGet(() -> siteCalendar(tenantId));
    }

    /**
     * Gives a relationship its own working calendar (from now on, see
     * {@link CalendarInForce}).
     */
    @Transactional
    public CalendarView setCalendar(TenantId tenantId, String id, CalendarRequest request) {
        return setCalendar(tenantId, id, request, clock.instant());
    }

    /**
     * Gives a relationship its own working calendar, in force since a moment already past
     * when it has none yet: a site's history brought in (the preview's demo site, whose
     * requests predate its start).
     */
    @Transactional
    public CalendarView setCalendar(TenantId tenantId, String id, CalendarRequest request, Instant inForceSince) {
        find(tenantId, id);
        WorkingCalendar calendar = request.calendar();
        List<String> paused = request.paused();
        CalendarInForce saved = calendars.save(tenantId, id, calendar, paused, inForceSince);
        revisions.structureChanged(tenantId);
        return CalendarView.of(saved, "relationship");
    }

    /**
     * The site's default working calendar, or the standard one while the site has none.
     */
    @Transactional(readOnly = true)
    public CalendarView siteCalendar(TenantId tenantId) {
        return calendars.find(tenantId, Calendars.SITE)
            .map(c -> CalendarView.of(c, "site"))
            .orElseGet(
                    () -> CalendarView.of(new CalendarInForce(WorkingCalendar.STANDARD, null, List.of()), "standard"));
    }

    @Transactional
    public CalendarView setSiteCalendar(TenantId tenantId, CalendarRequest request) {
        WorkingCalendar calendar = request.calendar();
        List<String> paused = request.paused();
        CalendarInForce saved = calendars.save(tenantId, Calendars.SITE, calendar, paused, clock.instant());
        revisions.structureChanged(tenantId);
        return CalendarView.of(saved, "site");
    }

    /**
     * The calendar in force for each relationship of the site that has one (its own or
     * the site's); a relationship missing here counts in calendar hours.
     */
    @Transactional(readOnly = true)
    public Map<MatrixFigures.Pair, CalendarInForce> calendarsInForce(TenantId tenantId) {
        Map<String, CalendarInForce> all = calendars.all(tenantId);
        Map<MatrixFigures.Pair, CalendarInForce> inForce = new java.util.HashMap<>();
        if (all.isEmpty()) {
            return inForce;
        }
        CalendarInForce site = all.get(Calendars.SITE);
        for (Relationship relationship : relationships.findByTenantId(tenantId)) {
            CalendarInForce own = all.getOrDefault(relationship.id(), site);
            if (own != null) {
                inForce.put(new MatrixFigures.Pair(relationship.providerId(), relationship.customerId()), own);
            }
        }
        return inForce;
    }

    /**
     * The calendar in force for one relationship, if any (see {@link #calendarsInForce}).
     */
    @Transactional(readOnly = true)
    public Optional<CalendarInForce> calendarInForce(TenantId tenantId, String id) {
        return calendars.find(tenantId, id).or(() -> calendars.find(tenantId, Calendars.SITE));
    }

    private DepartmentName department(TenantId tenantId, String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInput(field, "input.required");
        }
        DepartmentName department = departments.findName(tenantId, id)
            .orElseThrow(() -> new InvalidInput(field, "input.no-department", id));
        if (department.archived()) {
            throw new InvalidInput(field, "input.department-archived", department.name());
        }
        return department;
    }

    private Relationship find(TenantId tenantId, String id) {
        return relationships.findByTenantIdAndId(tenantId, id)
            .orElseThrow(() -> new NotFound("not-found.relationship", id));
    }

    private RelationshipView viewOf(TenantId tenantId, Relationship relationship, boolean withVersions) {
        Map<String, DepartmentRef> names = departments
            .namesOf(tenantId, Set.of(relationship.providerId(), relationship.customerId()))
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, RelationshipManagement::ref));
        return relationship.view(names.get(relationship.providerId()), names.get(relationship.customerId()),
                withVersions);
    }

    private Map<String, DepartmentRef> namesOf(TenantId tenantId) {
        return departments.names(tenantId)
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, RelationshipManagement::ref, (a, b) -> a));
    }

    private static DepartmentRef ref(DepartmentName name) {
        return new DepartmentRef(name.id(), name.name(), name.archived());
    }

    /** Before departments go: relationships refer to them. */
    @EventListener
    @Order(0)
    void purge(SitePurging event) {
        relationships.deleteAll(relationships.findByTenantId(event.tenantId()));
        jdbc.update("delete from working_calendar where tenant_id = ?", event.tenantId().value());
        relationships.flush();
    }

}
