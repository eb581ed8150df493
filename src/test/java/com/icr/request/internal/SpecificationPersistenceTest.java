package com.icr.request.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.ConflictingState;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.department.ProjectMapping;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.ServiceTarget;
import com.icr.relationship.UnknownDepartments;
import com.icr.request.DecisionRequest;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.support.PersistenceTest;
import com.icr.support.TestSites;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Specifications in the database (HSQLDB here, PostgreSQL with {@code -Ppostgres}): the
 * agreement's checklist stored with its version, a request's specification started when
 * it becomes internal, its items round-tripped, and the matrix's counts in SQL.
 */
@PersistenceTest
class SpecificationPersistenceTest {

    static final String REPORTER = "557058:rita";

    static final String PROVIDER_OWNER = "557058:pam";

    static final String CUSTOMER_OWNER = "557058:carl";

    static final IssueAccess BROWSES = new IssueAccess(false, true);

    @Autowired
    TenantManagement tenants;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    RelationshipManagement relationships;

    @Autowired
    RequestManagement requests;

    @Autowired
    Specifications specifications;

    @Autowired
    Clock clock;

    TenantId site(List<String> checklist) {
        TenantId tenant = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        String provider = departments
            .create(tenant,
                    new DepartmentRequest("Marketing", "", null, List.of(new ProjectMapping("MKT", null)),
                            List.of("marketing")))
            .id();
        String customer = departments
            .create(tenant, new DepartmentRequest("Sales", "", null, List.of(), List.of("sales")))
            .id();
        RelationshipView relationship = relationships.create(tenant,
                new RelationshipRequest(provider, customer, PROVIDER_OWNER, CUSTOMER_OWNER, null, new AgreementRequest(
                        List.of("Leads"), "Qualified", "Feedback", new ServiceTarget(8, 48), checklist)),
                PROVIDER_OWNER);
        relationships.confirm(tenant, relationship.id(), PROVIDER_OWNER);
        relationships.confirm(tenant, relationship.id(), CUSTOMER_OWNER);
        return tenant;
    }

    void issue(TenantId tenant, String id, Instant resolved, long at) {
        Instant created = clock.instant().minus(Duration.ofDays(1));
        IssueSnapshot issue = new IssueSnapshot(id, "MKT-" + id, "MKT", List.of(), REPORTER, "557058:a",
                resolved == null ? "new" : "done", created, resolved);
        requests.apply(tenant, IssueEvent.changed(at, "webhook:" + id + ":" + at, issue), REPORTER, List.of("sales"));
    }

    @Test
    void theChecklistIsKeptWithItsVersionAndARequestIsSpecifiedAgainstIt() {
        List<String> checklist = List.of("Audience named", "Budget «Q1» given", "Deadline \"hard\" or soft");
        TenantId tenant = site(checklist);
        assertThat(relationships.list(tenant).get(0).agreed().checklist()).isEqualTo(checklist);

        issue(tenant, "101", null, 1L);
        SpecificationView fresh = specifications.view(tenant, "101", REPORTER, BROWSES);
        assertThat(fresh.items()).extracting(SpecificationView.ItemView::text).isEqualTo(checklist);
        assertThat(fresh.canEdit()).isTrue();
        assertThat(fresh.agreementVersion()).isEqualTo(1);

        SpecificationView saved = specifications.save(tenant, "101",
                new SpecificationRequest(List.of(new SpecificationRequest.EntryBody("specified", null),
                        new SpecificationRequest.EntryBody("not-applicable", "Kein Budget — intern ✓"),
                        new SpecificationRequest.EntryBody("open", null))),
                REPORTER, BROWSES);
        assertThat(saved.specified()).isEqualTo(2);
        SpecificationView read = specifications.view(tenant, "101", CUSTOMER_OWNER, BROWSES);
        assertThat(read.items()).extracting(SpecificationView.ItemView::reason)
            .containsExactly(null, "Kein Budget — intern ✓", null);
        assertThat(read.canEdit()).as("the customer-side owner").isTrue();
        assertThat(specifications.view(tenant, "101", PROVIDER_OWNER, BROWSES).canEdit()).isFalse();

        // a bad answer changes nothing
        assertThatThrownBy(() -> specifications.save(tenant, "101",
                new SpecificationRequest(List.of(new SpecificationRequest.EntryBody("specified", null),
                        new SpecificationRequest.EntryBody("specified", null),
                        new SpecificationRequest.EntryBody("not-applicable", ""))),
                REPORTER, BROWSES))
            .isInstanceOf(InvalidInput.class)
            .hasFieldOrPropertyWithValue("field", "items[2].reason");
        assertThat(specifications.view(tenant, "101", REPORTER, BROWSES).specified()).isEqualTo(2);

        // another site knows nothing of it
        TenantId other = site(checklist);
        assertThatThrownBy(() -> specifications.view(other, "101", REPORTER, BROWSES)).isInstanceOf(NotFound.class);

        // decided: it stays as it was
        requests.decide(tenant, "101", new DecisionRequest("accepted", null, null), PROVIDER_OWNER);
        assertThat(specifications.view(tenant, "101", REPORTER, BROWSES).lockedBy()).isEqualTo("decision");
        assertThatThrownBy(() -> specifications.save(tenant, "101",
                new SpecificationRequest(List.of(new SpecificationRequest.EntryBody("open", null),
                        new SpecificationRequest.EntryBody("open", null),
                        new SpecificationRequest.EntryBody("open", null))),
                REPORTER, BROWSES))
            .isInstanceOf(ConflictingState.class);
    }

    @Test
    void theMatrixCountsResolvedRequestsWhoseSpecificationWasComplete() {
        TenantId tenant = site(List.of("Audience named", "Deadline given"));
        issue(tenant, "201", null, 1L);
        issue(tenant, "202", null, 1L);
        issue(tenant, "203", null, 1L);
        answer(tenant, "201", "specified", "specified");
        answer(tenant, "202", "specified", "open");
        Instant resolved = clock.instant().minus(Duration.ofHours(1));
        issue(tenant, "201", resolved, 2L);
        issue(tenant, "202", resolved, 2L);
        // 203 stays open: not counted

        MatrixFigures.Figure figure = relationships.reading(tenant)
            .of(com.icr.relationship.Metric.SPECIFICATION, com.icr.core.Quarter.parse("period", null, clock).period())
            .values()
            .iterator()
            .next();
        assertThat(figure.counts()).containsEntry("complete", 1).containsEntry("incomplete", 1);
        assertThat(figure.value()).isEqualTo(0.5);
        assertThat(figure.label()).isEqualTo("1 of 2 complete");
        assertThat(relationships.matrixFor(tenant, "specification", null, null, UnknownDepartments.REFUSE)
            .cells()
            .get(0)
            .label()).isEqualTo("1 of 2 complete");
    }

    void answer(TenantId tenant, String issueId, String... states) {
        specifications.save(tenant, issueId,
                new SpecificationRequest(
                        java.util.Arrays.stream(states).map(s -> new SpecificationRequest.EntryBody(s, null)).toList()),
                REPORTER, BROWSES);
    }

}
