package com.icr.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.NotFound;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.ServiceTarget;
import com.icr.support.PersistenceTest;
import com.icr.support.TestClock;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The digest's tables on the database the build runs against (HSQLDB, and PostgreSQL with
 * {@code -Ppostgres}): settings, frequencies, pages and runs per site, updated in place,
 * one scheduled delivery per site and Monday, gone with a purged site only.
 */
@PersistenceTest
class DigestPersistenceTest {

    @Autowired
    DigestManagement digests;

    @Autowired
    TenantManagement tenants;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    RelationshipManagement relationships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachSitesDigestIsStoredUpdatedInPlaceAndPurgedWithItsSiteOnly() {
        String goneKey = "jira-" + UUID.randomUUID();
        TenantId gone = TestSites.registered(tenants, goneKey);
        TenantId kept = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        String goneRelationship = relationship(gone);
        String keptRelationship = relationship(kept);
        for (TenantId site : List.of(gone, kept)) {
            digests.store(site, new DigestPages.Space("EXEC", "Executive"), true, "557058:admin");
            digests.store(site, new DigestPages.Space("LEAD", "Leadership"), true, "557058:admin");
        }
        digests.setFrequency(gone, goneRelationship, new FrequencyRequest("monthly"));
        digests.setFrequency(gone, goneRelationship, new FrequencyRequest("weekly"));
        digests.setFrequency(kept, keptRelationship, new FrequencyRequest("monthly"));
        digests.pageWritten(gone, goneRelationship, "LEAD", new DigestPages.Written("901", 1), "week-2026-11-30");
        digests.pageWritten(gone, goneRelationship, "LEAD", new DigestPages.Written("901", 2), "week-2026-12-07");
        digests.pageWritten(kept, keptRelationship, "LEAD", new DigestPages.Written("902", 1), "week-2026-12-07");
        digests.runStarted(gone, "week-2026-12-07", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        digests.runStarted(gone, "week-2026-12-07", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        digests.runEnded(gone, "week-2026-12-07", "FAILED", "space-missing", 404);
        digests.runStarted(kept, "week-2026-12-07", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        digests.runEnded(kept, "week-2026-12-07", "DONE", null, null);

        DigestView view = digests.view(gone);
        assertThat(view.spaceKey()).isEqualTo("LEAD");
        assertThat(view.spaceName()).isEqualTo("Leadership");
        assertThat(view.relationships()).singleElement().satisfies(r -> {
            assertThat(r.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(r.pageId()).isEqualTo("901");
            assertThat(r.pageVersion()).isEqualTo(2);
        });
        assertThat(view.runs()).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo("failed");
            assertThat(run.attempts()).isEqualTo(2);
            assertThat(run.pages()).isEqualTo(1);
            assertThat(run.failure()).isEqualTo("space-missing");
            assertThat(run.failureStatus()).isEqualTo(404);
            assertThat(run.from()).isEqualTo("2026-11-30");
        });
        assertThat(digests.view(kept).relationships()).singleElement()
            .satisfies(r -> assertThat(r.frequency()).isEqualTo(Frequency.MONTHLY));
        assertThatThrownBy(() -> digests.setFrequency(kept, goneRelationship, new FrequencyRequest("weekly")))
            .isInstanceOf(NotFound.class);

        tenants.uninstalled(goneKey);
        clock.advance(Duration.ofDays(61));
        tenants.purgeExpired();

        for (String table : List.of("digest_setting", "digest_frequency", "digest_page", "digest_run")) {
            assertThat(rows(table, gone)).as(table).isZero();
            assertThat(rows(table, kept)).as(table).isPositive();
        }
    }

    @Test
    void aMondayIsScheduledOncePerSiteHoweverManyNodesAsk() {
        TenantId site = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        digests.store(site, new DigestPages.Space("EXEC", "Executive"), true, "557058:admin");
        jdbc.update("update digest_setting set enabled_at = ? where tenant_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(30))), site.value());
        LocalDate monday = DigestSchedule.lastRun(Instant.now());

        assertThat(digests.schedule(monday)).contains(site);
        assertThat(digests.schedule(monday)).doesNotContain(site);
        assertThat(jdbc.queryForObject(
                "select count(*) from intake_delivery where tenant_id = ? and topic = 'digest' and delivery_key = ?",
                Integer.class, site.value(), "digest:" + DigestSchedule.runKey(monday)))
            .isEqualTo(1);
    }

    private String relationship(TenantId tenant) {
        String provider = departments.create(tenant, new DepartmentRequest("IT", "", null, List.of(), List.of())).id();
        String customer = departments.create(tenant, new DepartmentRequest("HR", "", null, List.of(), List.of())).id();
        return relationships
            .create(tenant,
                    new RelationshipRequest(provider, customer, "557058:a", "557058:b", "557058:c",
                            new AgreementRequest(List.of("Laptops"), "On time", "Feedback", new ServiceTarget(8, 48))),
                    "557058:a")
            .id();
    }

    private int rows(String table, TenantId tenant) {
        Integer count = jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                tenant.value());
        return count == null ? 0 : count;
    }

}
