package com.icr.request.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.core.ConflictingState;
import com.icr.core.NotFound;
import com.icr.core.NotPermitted;
import com.icr.department.DepartmentManagement;
import com.icr.relationship.AgreementView;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.request.RequestChanged;
import com.icr.request.RequestFollower;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests' specifications ({@code request_specification}, in plain SQL). A request gets
 * one the first time the app sees it as an internal request, against the checklist of the
 * agreement agreed then (none agreed, or no checklist: an empty one, which counts
 * nowhere); later changes of the agreement leave it alone. Who may change it: the
 * reporter, the customer department's lead, the relationship's customer-side owner and
 * Jira administrators, until the provider decides or the issue is resolved; after that it
 * says what it said then, which is what the matrix counts.
 */
@Component
public class Specifications implements RequestFollower {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    private final RequestRepository requests;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final Clock clock;

    Specifications(JdbcTemplate jdbc, RequestRepository requests, RelationshipManagement relationships,
            DepartmentManagement departments, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.relationships = relationships;
        this.departments = departments;
        this.clock = clock;
    }

    /** Starts the specification of a request that has just become internal. */
    @Override
    public Optional<String> follow(RequestChanged change) {
        if (change.isInternal() && !change.deleted() && find(change.tenantId(), change.issueId()).isEmpty()) {
            start(change.tenantId(), change.issueId(), new Pair(change.providerId(), change.customerId()));
        }
        return Optional.empty();
    }

    /**
     * The demo site's specification of a request: started again against its
     * relationship's agreed checklist (the demo agreements get theirs after the demo
     * issues came in), then answered with {@code entries} when given, decided or resolved
     * as the request may be: the demo's history is written as it would have been ticked.
     */
    @Transactional
    public void seedDemo(TenantId tenantId, String issueId, List<Specification.Entry> entries, String accountId) {
        InternalRequest request = known(tenantId, issueId);
        if (!request.isInternal()) {
            return;
        }
        jdbc.update("delete from request_specification where tenant_id = ? and issue_id = ?", tenantId.value(),
                issueId);
        start(tenantId, issueId, new Pair(request.providerId(), request.customerId()));
        Stored stored = find(tenantId, issueId).orElseThrow();
        if (entries != null && stored.specification().total() > 0) {
            Specification answered = stored.specification().answer(entries);
            jdbc.update(
                    "update request_specification set items = ?, specified = ?, complete = ?, updated_by = ?, version = version + 1 "
                            + "where tenant_id = ? and issue_id = ?",
                    write(answered.items()), answered.specified(), answered.complete(), accountId, tenantId.value(),
                    issueId);
        }
    }

    private void start(TenantId tenantId, String issueId, Pair pair) {
        Optional<AgreementView> agreed = relationships.find(tenantId, pair).map(RelationshipView::agreed);
        Specification specification = Specification.start(agreed.map(AgreementView::version).orElse(null),
                agreed.map(AgreementView::checklist).orElse(List.of()));
        jdbc.update(
                "insert into request_specification (tenant_id, issue_id, provider_id, customer_id, agreement_version, items, "
                        + "total, specified, complete, updated_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, 0)",
                tenantId.value(), issueId, pair.providerId(), pair.customerId(), specification.agreementVersion(),
                write(specification.items()), specification.total(), specification.specified(),
                specification.complete(), Timestamp.from(clock.instant()));
    }

    /**
     * The request's specification as this viewer sees it; 404 for an issue the app does
     * not follow.
     */
    @Transactional(readOnly = true)
    public SpecificationView view(TenantId tenantId, String issueId, String viewer, IssueAccess access) {
        InternalRequest request = known(tenantId, issueId);
        Specification specification = find(tenantId, issueId).map(Stored::specification)
            .orElse(new Specification(null, List.of()));
        String lockedBy = lockedBy(request);
        return SpecificationView.of(issueId, specification, lockedBy,
                lockedBy == null && specification.total() > 0 && mayEdit(request, viewer, access));
    }

    /**
     * The requester's answer. Refused, changing nothing: bad input (the field named),
     * someone else than the customer's side, a request decided or resolved.
     */
    @Transactional
    public SpecificationView save(TenantId tenantId, String issueId, SpecificationRequest body, String viewer,
            IssueAccess access) {
        InternalRequest request = known(tenantId, issueId);
        Stored stored = find(tenantId, issueId).filter(s -> s.specification().total() > 0)
            .orElseThrow(() -> new NotFound("not-found.specification", issueId));
        if (!mayEdit(request, viewer, access)) {
            throw new NotPermitted("not-permitted.specification");
        }
        String lockedBy = lockedBy(request);
        if (lockedBy != null) {
            throw new ConflictingState(
                    lockedBy.equals("decision") ? "conflict.specification-decided" : "conflict.specification-resolved");
        }
        Specification answered = stored.specification().answer(body == null ? null : body.entries());
        int updated = jdbc.update(
                "update request_specification set items = ?, specified = ?, complete = ?, updated_by = ?, updated_at = ?, "
                        + "version = version + 1 where tenant_id = ? and issue_id = ? and version = ?",
                write(answered.items()), answered.specified(), answered.complete(), viewer,
                Timestamp.from(clock.instant()), tenantId.value(), issueId, stored.version());
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "The specification of " + issueId + " changed meanwhile");
        }
        return SpecificationView.of(issueId, answered, null, true);
    }

    private static String lockedBy(InternalRequest request) {
        if (request.decision() != null) {
            return "decision";
        }
        return request.resolvedAt() != null ? "resolution" : null;
    }

    /**
     * The customer's side: the reporter, the customer department's lead, the
     * relationship's customer-side owner; and Jira administrators.
     */
    private boolean mayEdit(InternalRequest request, String viewer, IssueAccess access) {
        if (viewer == null || !request.isInternal()) {
            return false;
        }
        if (access.administrator() || viewer.equals(request.reporter())) {
            return true;
        }
        if (departments.leadOf(request.tenantId(), request.customerId()).filter(viewer::equals).isPresent()) {
            return true;
        }
        return relationships.find(request.tenantId(), new Pair(request.providerId(), request.customerId()))
            .map(RelationshipView::customerOwnerAccountId)
            .filter(owner -> Objects.equals(owner, viewer))
            .isPresent();
    }

    private InternalRequest known(TenantId tenantId, String issueId) {
        return requests.findByTenantIdAndIssueId(tenantId, issueId)
            .filter(r -> !r.deleted())
            .orElseThrow(() -> new NotFound("not-found.issue", issueId));
    }

    record Stored(Specification specification, long version) {
    }

    Optional<Stored> find(TenantId tenantId, String issueId) {
        return jdbc.query(
                "select agreement_version, items, version from request_specification where tenant_id = ? and issue_id = ?",
                (rs, i) -> new Stored(new Specification((Integer) rs.getObject(1), read(rs.getString(2))),
                        rs.getLong(3)),
                tenantId.value(), issueId)
            .stream()
            .findFirst();
    }

    private static String write(List<Specification.Item> items) {
        try {
            return JSON.writeValueAsString(items);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Specification.Item> read(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<Specification.Item>>() {
            }));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener
    @Order(0)
    void purge(SitePurging event) {
        jdbc.update("delete from request_specification where tenant_id = ?", event.tenantId().value());
    }

}
