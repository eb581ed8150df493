package com.icr.request;

import com.icr.core.IssueId;
import com.icr.request.internal.Decision;
import com.icr.request.internal.DecisionRecord;
import com.icr.request.DeclineReason;
import com.icr.request.internal.DepartmentsCorrection;
import com.icr.request.internal.InternalRequest;
import com.icr.request.internal.OpenRequests;
import com.icr.relationship.RelationshipView;
import com.icr.request.internal.RequestCounts;
import com.icr.request.internal.RequestRepository;
import com.icr.request.internal.RequestStored;
import com.icr.request.internal.Specification;
import com.icr.request.internal.Specifications;
import com.icr.department.ProviderMatch;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.intake.Intake;
import com.icr.intake.Payloads;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.core.Period;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request module's facade. Issue events and user actions change an
 * {@link InternalRequest} in one transaction each, which also queues the entity
 * property's next write (an outbox in the intake) and raises the site's revision when the
 * matrix's figures change.
 */
@Service
public class RequestManagement {

    public static final String EVENT_TOPIC = "issue-event";

    public static final String PROPERTY_TOPIC = "issue-property";

    /**
     * An issue the tracker says changed, without saying how: it is read from the tracker
     * when the delivery is worked off.
     */
    public static final String REFRESH_TOPIC = "issue-refresh";

    private final RequestRepository requests;

    private final DepartmentManagement departments;

    private final TenantManagement revisions;

    private final Intake intake;

    private final Payloads json;

    private final Clock clock;

    private final ObjectProvider<RequestFollower> followers;

    private final RequestCounts counts;

    private final ApplicationEventPublisher events;

    private final com.icr.request.internal.ServiceFigures service;

    private final ObjectProvider<Specifications> specifications;

    private final OpenRequests open;

    /**
     * The followers come lazily: they ask this facade in turn (an answer changes what the
     * issue's summary says).
     */
    RequestManagement(RequestRepository requests, DepartmentManagement departments, TenantManagement revisions,
            Intake intake, Payloads json, Clock clock, ObjectProvider<RequestFollower> followers, RequestCounts counts,
            ApplicationEventPublisher events, com.icr.request.internal.ServiceFigures service,
            ObjectProvider<Specifications> specifications, OpenRequests open) {
        this.service = service;
        this.specifications = specifications;
        this.events = events;
        this.open = open;
        this.followers = followers;
        this.counts = counts;
        this.requests = requests;
        this.departments = departments;
        this.revisions = revisions;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    /** The relationship's requests declined in the period (the digest), oldest first. */
    public List<DigestRequests.Declined> declinedDuring(TenantId tenantId, Pair pair, Period period) {
        return counts.declined(tenantId, pair, period);
    }

    /**
     * The relationship's requests resolved in the period past its agreed service target
     * (the digest), as the matrix counts them.
     */
    public List<DigestRequests.Missed> missedTargetsDuring(TenantId tenantId, Pair pair, Period period) {
        return service.missed(tenantId, pair, period);
    }

    /**
     * The relationship's open internal requests, oldest first, with their next service
     * target: what its owners may have to answer.
     */
    public List<OpenRequest> openRequestsOf(TenantId tenantId, RelationshipView relationship) {
        return open.of(tenantId, relationship);
    }

    /**
     * How busy each relationship (by its pair of departments) was in the period: its
     * internal requests open at some time in it.
     */
    public Map<Pair, Integer> activityDuring(TenantId tenantId, Period period) {
        return counts.activeDuring(tenantId, period);
    }

    /**
     * Whose groups an event needs looked up before it can be applied; empty when none.
     */
    @Transactional(readOnly = true)
    public Optional<String> reporterToLookUp(TenantId tenantId, IssueEvent event) {
        if (event.kind() == IssueEvent.Kind.DELETED) {
            return Optional.empty();
        }
        Optional<InternalRequest> known = requests.findByTenantIdAndIssueId(tenantId, event.issueId());
        if (event.kind() == IssueEvent.Kind.LOOKUP) {
            return known.filter(InternalRequest::needsCustomer).map(InternalRequest::reporter);
        }
        if (known.isPresent() && !known.get().isOlderThan(event.timestamp(), event.deliveryKey())) {
            return known.get().needsCustomer() ? Optional.ofNullable(known.get().reporter()) : Optional.empty();
        }
        if (known.isPresent() && known.get().deleted()) {
            return Optional.empty();
        }
        IssueSnapshot issue = event.issue();
        boolean providerKnown = known.map(r -> r.correctedProviderId() != null).orElse(false)
                || departments.providerFor(tenantId, issue.projectKey(), issue.componentIds()).isPresent();
        return providerKnown ? Optional.ofNullable(issue.reporterAccountId()) : Optional.empty();
    }

    /**
     * Applies an event, once or many times, in any order among the issue's others.
     * @param groups the groups of {@code reporter}, looked up beforehand, or null when
     * none were needed
     * @return whether the request still needs its reporter's groups: a newer event
     * changed the reporter after the lookup, or this event made the provider known; apply
     * the event again after a lookup
     */
    @Transactional
    public boolean apply(TenantId tenantId, IssueEvent event, String reporter, List<String> groups) {
        Instant now = clock.instant();
        Optional<InternalRequest> known = requests.findByTenantIdAndIssueId(tenantId, event.issueId());
        if (known.isEmpty() && event.kind() == IssueEvent.Kind.LOOKUP) {
            return false;
        }
        InternalRequest request = known.orElseGet(() -> new InternalRequest(tenantId, event.issueId(), now));
        InternalRequest.Keys before = request.keys();
        if (event.kind() == IssueEvent.Kind.DELETED) {
            request.delete(now);
        }
        else if (event.kind() == IssueEvent.Kind.CHANGED) {
            IssueSnapshot issue = event.issue();
            if (!request.deleted() && request.isOlderThan(event.timestamp(), event.deliveryKey())) {
                Optional<ProviderMatch> provider = departments.providerFor(tenantId, issue.projectKey(),
                        issue.componentIds());
                request.apply(issue, event.timestamp(), event.deliveryKey(),
                        provider.map(p -> p.department().id()).orElse(null),
                        provider.map(p -> p.byComponent() ? InternalRequest.ProviderSource.COMPONENT
                                : InternalRequest.ProviderSource.PROJECT)
                            .orElse(null),
                        now);
            }
            respondedBy(request, event);
        }
        if (groups != null && request.needsCustomer() && Objects.equals(reporter, request.reporter())) {
            request.customerFound(customerAmong(tenantId, groups, provisionalProvider(request)));
        }
        save(request, before, false, event.kind() == IssueEvent.Kind.CHANGED ? event.issue().resolvedAt() : null);
        return request.needsCustomer();
    }

    /**
     * What an event says about the first response: work started, a comment by someone
     * else, a resolution.
     */
    private static void respondedBy(InternalRequest request, IssueEvent event) {
        IssueSnapshot issue = event.issue();
        if (issue.isStarted()) {
            request.responded(Instant.ofEpochMilli(event.timestamp()));
        }
        if (issue.resolvedAt() != null) {
            request.responded(issue.resolvedAt());
        }
        if (event.commentAuthorAccountId() != null
                && !event.commentAuthorAccountId().equals(issue.reporterAccountId())) {
            request.responded(event.commentedAt());
        }
    }

    private static String provisionalProvider(InternalRequest request) {
        return request.correctedProviderId() != null ? request.correctedProviderId() : request.autoProviderId();
    }

    /**
     * The first department by name, other than the provider itself, that counts one of
     * the groups.
     */
    private String customerAmong(TenantId tenantId, List<String> groups, String providerId) {
        return departments.withMemberGroups(tenantId, groups)
            .stream()
            .map(DepartmentName::id)
            .filter(id -> !id.equals(providerId))
            .findFirst()
            .orElse(null);
    }

    /**
     * An issue the app has not heard of (created before the app was installed), fetched
     * from Jira by the panel: stored now, its reporter's groups looked up by the intake
     * worker like any event's.
     */
    @Transactional
    public void importFetched(TenantId tenantId, IssueEvent fetched) {
        if (requests.findByTenantIdAndIssueId(tenantId, fetched.issueId()).isPresent()) {
            return;
        }
        if (apply(tenantId, fetched, null, null)) {
            enqueue(tenantId, fetched);
        }
    }

    /**
     * Queues a notice that an issue changed (a Forge product event, which carries only
     * part of the issue): the intake worker reads the issue from the tracker and applies
     * it as an event at its last update, so notices in any order, or repeated, end in the
     * issue as the tracker has it. A retry of the same delivery key is stored once.
     */
    public void enqueueRefresh(TenantId tenantId, String issueId, String deliveryKey) {
        intake.record(tenantId, deliveryKey, REFRESH_TOPIC, IssueId.parse("issueId", issueId).value());
    }

    /**
     * Queues an event for the intake worker; a retry of the same delivery key is stored
     * once.
     */
    public void enqueue(TenantId tenantId, IssueEvent event) {
        intake.record(tenantId, event.deliveryKey(), EVENT_TOPIC, json.write(event));
    }

    @Transactional(readOnly = true)
    public Optional<InternalRequest> find(TenantId tenantId, String issueId) {
        return requests.findByTenantIdAndIssueId(tenantId, issueId);
    }

    /**
     * The request as its followers see it after a change, for a follower acting outside
     * one (a satisfaction check asked now).
     */
    @Transactional(readOnly = true)
    public Optional<RequestChanged> current(TenantId tenantId, String issueId) {
        return requests.findByTenantIdAndIssueId(tenantId, issueId).map(r -> RequestChanged.of(r, null));
    }

    /**
     * The provider's decision; the caller has made sure {@code accountId} may decide.
     * Public, as every {@code @Transactional} method must be: Spring 5 ignores the
     * annotation on others.
     */
    @Transactional
    public void decide(TenantId tenantId, String issueId, DecisionRequest body, String accountId) {
        InternalRequest request = known(tenantId, issueId);
        Decision outcome = outcomeOf(body);
        DeclineReason reason = null;
        String note = body.note() == null ? "" : body.note().strip();
        if (note.length() > DecisionRecord.MAX_NOTE) {
            throw new InvalidInput("note", "input.too-long", DecisionRecord.MAX_NOTE);
        }
        if (outcome == Decision.DECLINED) {
            if (body.reason() == null || body.reason().isBlank()) {
                throw new InvalidInput("reason", "input.decline-reason-required");
            }
            reason = DeclineReason.parse("reason", body.reason().strip());
            if (reason == DeclineReason.OTHER && note.isEmpty()) {
                throw new InvalidInput("note", "input.note-for-other");
            }
        }
        InternalRequest.Keys before = request.keys();
        request.decide(outcome, reason, note, accountId, clock.instant());
        save(request, before, true, null);
    }

    private static Decision outcomeOf(DecisionRequest body) {
        if (body == null || body.outcome() == null) {
            throw new InvalidInput("outcome", "input.outcome-required");
        }
        return switch (body.outcome().strip()) {
            case "accepted" -> Decision.ACCEPTED;
            case "declined" -> Decision.DECLINED;
            default -> throw new InvalidInput("outcome", "input.outcome");
        };
    }

    @Transactional
    public void correct(TenantId tenantId, String issueId, DepartmentsCorrection body, String accountId) {
        InternalRequest request = known(tenantId, issueId);
        if (body == null) {
            throw new InvalidInput("providerId", "input.provider-or-null");
        }
        String provider = department(tenantId, "providerId", body.providerId());
        String customer = department(tenantId, "customerId", body.customerId());
        if (provider != null && provider.equals(customer)) {
            throw new InvalidInput("customerId", "input.own-customer");
        }
        InternalRequest.Keys before = request.keys();
        request.correct(provider, customer, accountId, clock.instant());
        save(request, before, true, null);
        if (request.needsCustomer()) {
            enqueue(tenantId, IssueEvent.lookup(issueId, "lookup:" + issueId + ":" + clock.millis()));
        }
    }

    private String department(TenantId tenantId, String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        DepartmentName department = departments.findName(tenantId, id.strip())
            .orElseThrow(() -> new InvalidInput(field, "input.no-department", id.strip()));
        if (department.archived()) {
            throw new InvalidInput(field, "input.department-archived", department.name());
        }
        return department.id();
    }

    private InternalRequest known(TenantId tenantId, String issueId) {
        return requests.findByTenantIdAndIssueId(tenantId, issueId)
            .filter(r -> !r.deleted())
            .orElseThrow(() -> new NotFound("not-found.issue", issueId));
    }

    /**
     * What the satisfaction checks' module says of the issue changed outside an issue
     * event (an answer, an expiry): the summary's next revision is queued when that
     * changes what it says.
     */
    @Transactional
    public void satisfactionChanged(TenantId tenantId, String issueId, String key) {
        requests.findByTenantIdAndIssueId(tenantId, issueId).ifPresent(request -> {
            InternalRequest.Keys before = request.keys();
            request.satisfaction(key);
            store(request, before, false);
        });
    }

    /**
     * Saves a change and tells the modules that follow the request, in this transaction.
     */
    private void save(InternalRequest request, InternalRequest.Keys before, boolean flush, Instant resolutionSeen) {
        request.settle();
        RequestChanged changed = RequestChanged.of(request, resolutionSeen);
        followers.orderedStream().forEach(follower -> follower.follow(changed).ifPresent(request::satisfaction));
        store(request, before, flush);
    }

    private void store(InternalRequest request, InternalRequest.Keys before, boolean flush) {
        InternalRequest.Keys changed = request.changedSince(before);
        requests.save(request);
        events.publishEvent(new RequestStored(request.tenantId(), request.issueId()));
        if (flush) {
            requests.flush();
        }
        if (changed.summary() != null && !request.deleted()) {
            intake.record(request.tenantId(), "property:" + request.issueId() + ":" + request.summaryRevision(),
                    PROPERTY_TOPIC, json.write(new PropertyWrite(request.issueId(), request.summaryRevision())));
        }
        if (changed.figures() != null) {
            revisions.dataChanged(request.tenantId());
        }
    }

    /**
     * The outbox entry that writes an issue's entity property: the revision it was queued
     * for.
     */
    public record PropertyWrite(String issueId, int revision) {
    }

    /**
     * The pair of departments of an internal request, for the relationship it falls
     * under.
     */
    public static Optional<Pair> pairOf(InternalRequest request) {
        return request.isInternal() ? Optional.of(new Pair(request.providerId(), request.customerId()))
                : Optional.empty();
    }

    /** What the demo site's requester says of one checklist item. */
    public record Ticked(String state, String reason) {
    }

    /**
     * The demo site's specification of a request, against its relationship's agreed
     * checklist, as its requester would have ticked it.
     */
    public void specifyForDemo(TenantId tenantId, String issueId, List<Ticked> items, String accountId) {
        specifications.getObject()
            .seedDemo(tenantId, issueId,
                    items.stream().map(i -> new Specification.Entry(i.state(), i.reason())).toList(), accountId);
    }

    @EventListener
    @Order(0)
    void purge(SitePurging event) {
        requests.deleteDecisionsOf(event.tenantId());
        requests.deleteRequestsOf(event.tenantId());
    }

}
