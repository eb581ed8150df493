package com.icr.request.internal;

import com.icr.request.DeclineReason;
import com.icr.request.RequestManagement;
import com.icr.request.RequestSummary;
import com.icr.request.SatisfactionResults;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.CalendarInForce;
import com.icr.relationship.ServiceTarget;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.icr.tenant.SiteStructureChanged;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a stored request into what people see (the panel's view) and what search sees
 * (the entity property).
 */
@Component
class RequestSummaries {

    private static final List<RequestView.ReasonOption> REASONS = Arrays.stream(DeclineReason.values())
        .map(r -> new RequestView.ReasonOption(r, r.label()))
        .toList();

    private final DepartmentManagement departments;

    private final RelationshipManagement relationships;

    private final Clock clock;

    private final RequestRepository requests;

    private final List<SatisfactionResults> satisfaction;

    private final TenantManagement revisions;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate reads;

    private final Cache views;

    private final Duration trustedFor;

    /**
     * When this node last committed a change to a request (by its key) or to a site's
     * structure (by the site), in {@code request-changes}: kept as long as a view is
     * trusted, which is all it is compared with.
     */
    private final Cache changes;

    RequestSummaries(DepartmentManagement departments, RelationshipManagement relationships, Clock clock,
            RequestRepository requests, List<SatisfactionResults> satisfaction, TenantManagement revisions,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, CacheManager caches,
            @Value("${icr.request-views.trusted-for:5s}") Duration trustedFor) {
        this.trustedFor = trustedFor;
        this.changes = caches.getCache("request-changes");
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.views = caches.getCache("request-views");
        this.requests = requests;
        this.satisfaction = satisfaction;
        this.departments = departments;
        this.relationships = relationships;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RequestSummary summaryOf(InternalRequest request) {
        Map<String, DepartmentRef> names = namesOf(request.tenantId(), request.providerId(), request.customerId());
        String decidedOn = request.decidedAt() == null ? null
                : LocalDate.ofInstant(request.decidedAt(), ZoneOffset.UTC).toString();
        SatisfactionResults.Result result = !request.isInternal() ? new SatisfactionResults.Result(null, null, null)
                : satisfaction.stream()
                    .flatMap(s -> s.resultOf(request.tenantId(), request.issueId()).stream())
                    .findFirst()
                    .orElse(new SatisfactionResults.Result("none", null, null));
        return new RequestSummary(request.isInternal(),
                request.isInternal() ? names.get(request.providerId()).name() : null,
                request.isInternal() ? names.get(request.customerId()).name() : null,
                request.isInternal() && request.decision() != null ? request.decision().key()
                        : (request.isInternal() ? "none" : null),
                request.isInternal() && request.decisionReason() != null ? request.decisionReason().key() : null,
                request.isInternal() ? decidedOn : null, result.state(), result.rating(), result.met());
    }

    /**
     * The stored issue as this user sees it; empty when the app has not heard of it. What
     * the request, its departments and its relationship say is kept
     * ({@code request-views}) with the request's version and the site's structure
     * revision (its departments and relationships) it was built at, and when those were
     * last read. A repeat view within {@code icr.request-views.trusted-for} of that read
     * reads nothing; after it, the two numbers (and the request again only when one of
     * them moved). This node stops trusting a kept view the moment it commits a change to
     * the request or the site's structure ({@link RequestStored},
     * {@link SiteStructureChanged}), so on one node (the embedded database always) a view
     * is never stale; a change another node sharing the database makes is seen within
     * that time. Who may do what and the clocks are worked out for each view.
     */
    public Optional<RequestView> viewOf(TenantId tenantId, String issueId, String viewer, IssueAccess access) {
        String key = keyOf(tenantId, issueId);
        Instant now = clock.instant();
        Kept kept = views.get(key, Kept.class);
        if (kept != null && trusted(kept, tenantId, key, now)) {
            return Optional.of(kept.built().seenBy(viewer, access, now));
        }
        // Taken before the reads: a change committed while they run is newer than it.
        Instant checked = clock.instant();
        long revision = revisions.structureRevision(tenantId);
        List<Long> version = jdbc.queryForList(
                "select version from internal_request where tenant_id = ? and issue_id = ?", Long.class,
                tenantId.value(), issueId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Built built = kept == null ? null : kept.built();
        if (built == null || built.revision() != revision || built.version() != version.get(0)) {
            built = reads.execute(tx -> requests.findByTenantIdAndIssueId(tenantId, issueId)
                .map(r -> built(r, revision))
                .orElse(null));
            if (built == null) {
                return Optional.empty();
            }
        }
        views.put(key, new Kept(built, checked));
        return Optional.of(built.seenBy(viewer, access, now));
    }

    /**
     * A change to the request committed: no view of it kept before is trusted without
     * reading its version.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(RequestStored event) {
        changes.put(keyOf(event.tenantId(), event.issueId()), clock.instant());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteStructureChanged event) {
        changes.put(event.tenantId().value(), clock.instant());
    }

    private boolean trusted(Kept kept, TenantId tenantId, String key, Instant now) {
        if (kept.checked().isAfter(now) || !kept.checked().plus(trustedFor).isAfter(now)) {
            return false;
        }
        Instant request = changes.get(key, Instant.class);
        Instant site = changes.get(tenantId.value(), Instant.class);
        return (request == null || kept.checked().isAfter(request)) && (site == null || kept.checked().isAfter(site));
    }

    private static String keyOf(TenantId tenantId, String issueId) {
        return tenantId.value() + "/" + issueId;
    }

    /** A built view and when its version and revision were last read. */
    record Kept(Built built, Instant checked) {
    }

    /**
     * A request's view as built from the database, with the people who decide what each
     * viewer may do, and the times its clocks run from; valid for the request's version
     * and the site's structure revision it was built at.
     */
    record Built(long revision, long version, RequestView view, Set<String> deciders, Set<String> correctors,
            ServiceTarget target, CalendarInForce calendar, Instant created, Instant firstResponse, Instant resolved,
            List<StatusSpan> statuses) {

        RequestView seenBy(String viewer, IssueAccess access, Instant now) {
            boolean canDecide = view.state() == RequestState.INTERNAL && viewer != null
                    && (access.administrator() || deciders.contains(viewer));
            boolean canCorrect = view.state() != RequestState.DELETED && viewer != null
                    && (access.administrator() || correctors.contains(viewer));
            return view.seenBy(new RequestView.Viewer(viewer, canDecide, canCorrect), new RequestView.Service(
                    ServiceClock.of(target.firstResponseHours(), created, firstResponse, now, calendar, statuses),
                    ServiceClock.of(target.resolutionHours(), created, resolved, now, calendar, statuses)), now);
        }
    }

    private Built built(InternalRequest request, long revision) {
        TenantId tenantId = request.tenantId();
        String provider = request.correctedProviderId() != null ? request.correctedProviderId()
                : request.autoProviderId();
        String customer = request.correctedCustomerId() != null ? request.correctedCustomerId()
                : request.autoCustomerId();
        Map<String, DepartmentRef> names = namesOf(tenantId, provider, customer);
        Optional<Pair> pair = RequestManagement.pairOf(request);
        Optional<RelationshipView> relationship = pair.flatMap(p -> relationships.find(tenantId, p));
        ServiceTarget target = relationship.map(RelationshipView::agreed)
            .map(a -> a.serviceTarget())
            .orElse(new ServiceTarget(null, null));
        CalendarInForce calendar = relationship.flatMap(r -> relationships.calendarInForce(tenantId, r.id()))
            .orElse(null);
        Instant now = clock.instant();
        RequestState state = stateOf(request);
        // Who decides: the assignee, the provider department's lead, the relationship's
        // provider-side owner.
        Set<String> deciders = people(request.assignee(), leadOf(tenantId, request.providerId()),
                relationship.map(RelationshipView::providerOwnerAccountId).orElse(null));
        // Who corrects: the reporter, the assignee, both departments' leads, both of the
        // relationship's owners.
        Set<String> correctors = people(request.reporter(), request.assignee(), leadOf(tenantId, provider),
                leadOf(tenantId, customer), relationship.map(RelationshipView::providerOwnerAccountId).orElse(null),
                relationship.map(RelationshipView::customerOwnerAccountId).orElse(null));
        List<DecisionView> history = request.history();
        List<StatusSpan> statuses = calendar == null ? List.of() : request.statusSpans();
        RequestView view = new RequestView(request.issueId(), request.issueKey(), state,
                explanation(request, state, names), provider == null ? null : names.get(provider),
                providerSource(request), customer == null ? null : names.get(customer), customerSource(request),
                request.reporter(), request.assignee(),
                relationship.map(r -> new RequestView.RelationshipSummary(r.id(), r.standing(), r.agreed()))
                    .orElse(null),
                new RequestView.Service(
                        ServiceClock.of(target.firstResponseHours(), request.issueCreatedAt(),
                                request.firstResponseAt(), now, calendar, statuses),
                        ServiceClock.of(target.resolutionHours(), request.issueCreatedAt(), request.resolvedAt(), now,
                                calendar, statuses)),
                history.isEmpty() ? null : history.get(0), history, new RequestView.Viewer(null, false, false), REASONS,
                now);
        return new Built(revision, request.version(), view, deciders, correctors, target, calendar,
                request.issueCreatedAt(), request.firstResponseAt(), request.resolvedAt(), statuses);
    }

    private String leadOf(TenantId tenantId, String departmentId) {
        return departmentId == null ? null : departments.leadOf(tenantId, departmentId).orElse(null);
    }

    private static Set<String> people(String... accountIds) {
        return Arrays.stream(accountIds).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    private static RequestState stateOf(InternalRequest request) {
        if (request.deleted()) {
            return RequestState.DELETED;
        }
        if (request.isInternal()) {
            return RequestState.INTERNAL;
        }
        return request.needsCustomer() ? RequestState.LOOKING_UP : RequestState.NOT_INTERNAL;
    }

    private static String explanation(InternalRequest request, RequestState state, Map<String, DepartmentRef> names) {
        return switch (state) {
            case INTERNAL -> null;
            case DELETED -> "This issue was deleted in Jira.";
            case LOOKING_UP -> "Looking up which department the reporter belongs to…";
            case NOT_INTERNAL -> {
                if (request.autoProviderId() == null && request.correctedProviderId() == null) {
                    yield "Project " + Objects.requireNonNullElse(request.projectKey(), "of this issue")
                            + " is not mapped to a department, so this issue is not an internal request. Its reporter,"
                            + " its assignee or a Jira administrator can make it one by choosing its provider and customer departments.";
                }
                String provider = Optional
                    .ofNullable(names
                        .get(Objects.requireNonNullElse(request.correctedProviderId(), request.autoProviderId())))
                    .map(DepartmentRef::name)
                    .orElse("the provider");
                yield "The reporter is not a member of a department other than " + provider
                        + ", so no internal customer is known. The reporter, the assignee or the department's lead can choose the customer department.";
            }
        };
    }

    private static String providerSource(InternalRequest request) {
        if (request.correctedProviderId() != null) {
            return "corrected";
        }
        if (request.autoProviderId() == null) {
            return null;
        }
        return request.providerSource() == InternalRequest.ProviderSource.COMPONENT ? "component" : "project";
    }

    private static String customerSource(InternalRequest request) {
        if (request.correctedCustomerId() != null) {
            return "corrected";
        }
        return request.autoCustomerId() == null ? null : "reporter-groups";
    }

    private Map<String, DepartmentRef> namesOf(TenantId tenantId, String... ids) {
        List<String> wanted = Stream.of(ids).filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return departments.namesOf(tenantId, wanted)
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, n -> new DepartmentRef(n.id(), n.name(), n.archived()),
                    (a, b) -> a, java.util.HashMap::new));
    }

}
