package com.icr.relationship;

import com.icr.department.ProjectMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.intake.Intake;
import com.icr.support.PersistenceTest;
import com.icr.support.TestClock;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention purge takes every row of the site with it, and nothing of another site.
 */
@PersistenceTest
class SitePurgePersistenceTest {

    @Autowired
    TenantManagement tenants;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    RelationshipManagement relationships;

    @Autowired
    com.icr.request.RequestManagement requests;

    @Autowired
    Intake intake;

    @Autowired
    com.icr.objective.ObjectiveManagement objectives;

    @Autowired
    com.icr.measure.MeasureManagement measures;

    @Autowired
    com.icr.review.ReviewManagement reviews;

    @Autowired
    com.icr.appreciation.AppreciationManagement appreciation;

    @Autowired
    com.icr.satisfaction.SatisfactionCheckManagement satisfaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void purgingASiteDeletesItsDepartmentsRelationshipsAndAgreementsOnly() {
        String gone = "jira-" + UUID.randomUUID();
        TenantId purged = siteWithAMatrix(gone);
        TenantId kept = siteWithAMatrix("jira-" + UUID.randomUUID());
        tenants.uninstalled(gone);

        clock.advance(Duration.ofDays(61));
        tenants.purgeExpired();

        for (String table : List.of("department", "department_project", "department_group", "relationship",
                "agreement_version", "internal_request", "request_decision", "satisfaction_check", "intake_delivery",
                "objective", "objective_link", "measure", "review_item", "sponsor_note", "thanks", "thanks_giver",
                "working_calendar", "request_status_period", "questionnaire_version", "request_specification",
                "installation", "site")) {
            assertThat(rows(table, purged)).as(table).isZero();
            assertThat(rows(table, kept)).as(table).isPositive();
        }
        assertThat(jdbc.queryForObject(
                "select count(*) from measure_value v where not exists (select 1 from measure m where m.id = v.measure_id)",
                Integer.class))
            .isZero();
        // a handler still working one of the site's deliveries cannot leave another
        // behind
        assertThatThrownBy(() -> intake.record(purged, "notice:late", "notice", "{}"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    private TenantId siteWithAMatrix(String clientKey) {
        TenantId tenant = TestSites.registered(tenants, clientKey);
        String provider = departments
            .create(tenant,
                    new DepartmentRequest("Marketing", "", null,
                            List.of(new com.icr.department.ProjectMapping("MKT", null)), List.of("marketing")))
            .id();
        String customer = departments
            .create(tenant, new DepartmentRequest("Sales", "", null, List.of(), List.of("sales")))
            .id();
        RelationshipView relationship = relationships.create(tenant,
                new RelationshipRequest(provider, customer, "557058:a", "557058:b", null,
                        new AgreementRequest(List.of("Leads"), "Qualified", "Feedback", new ServiceTarget(8, 48))),
                "557058:a");
        // working calendars: the site's and the relationship's own
        CalendarRequest calendar = new CalendarRequest("Europe/Berlin", List.of("MONDAY", "FRIDAY"), "09:00", "17:00",
                List.of("2027-01-01"));
        relationships.setSiteCalendar(tenant, calendar);
        relationships.setCalendar(tenant, relationship.id(), calendar);
        satisfaction.setQuestionnaire(tenant, relationship.id(),
                new com.icr.satisfaction.QuestionnaireView.Input("0-10", List.of()), "557058:a");
        // the quarter's alignment: an objective the relationship supports, a measure with
        // a value, an entry, a note, thanks
        String objective = objectives
            .create(tenant, new com.icr.objective.ObjectiveRequest("2026-Q4", "Grow", null, "557058:b"))
            .id();
        objectives.link(tenant, relationship.id(), List.of(objective));
        String measure = measures
            .create(tenant,
                    new com.icr.measure.MeasureRequest(relationship.id(), objective, "Leads", null, "manual", null,
                            40.0),
                    "557058:b")
            .id();
        measures.record(tenant, measure, "2026-11", 30.0, false, "557058:b");
        reviews.raise(tenant, relationship,
                new com.icr.review.ItemRequest(relationship.id(), "customer", "frustration", "Late", null), null,
                "557058:b");
        reviews.writeNote(tenant, relationship, "2026-Q4", "Backed", "557058:b");
        appreciation.give(tenant,
                new com.icr.appreciation.AppreciationRequest(provider, List.of("557058:a"), customer, "Thanks"),
                "557058:b");
        // a resolved internal request with a decision, its satisfaction check, and the
        // entity property write it queued
        com.icr.request.IssueSnapshot issue = new com.icr.request.IssueSnapshot("10001", "MKT-1", "MKT", List.of(),
                "557058:r", "557058:a", "done", java.time.Instant.parse("2026-11-02T09:00:00Z"),
                java.time.Instant.parse("2026-11-03T09:00:00Z"), "10002", "Done");
        requests.apply(tenant, com.icr.request.IssueEvent.changed(1L, "webhook:1", issue), "557058:r",
                List.of("sales"));
        requests.decide(tenant, "10001", new com.icr.request.DecisionRequest("accepted", null, null), "557058:a");
        return tenant;
    }

    private int rows(String table, TenantId tenant) {
        return jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                tenant.value());
    }

}
