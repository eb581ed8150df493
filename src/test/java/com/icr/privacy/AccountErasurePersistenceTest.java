package com.icr.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.intake.Intake;
import com.icr.support.PersistenceTest;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry and the erasure on the real database (PostgreSQL in CI): ids in columns,
 * in comma lists and in payloads are registered or rewritten, what the person wrote is
 * blanked, and nothing of the account is left in any table.
 */
@PersistenceTest
class AccountErasurePersistenceTest {

    @Autowired
    PrivacyManagement privacy;

    @Autowired
    TenantManagement tenants;

    @Autowired
    Intake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registersEveryStoredIdOnceAndErasesAClosedOneEverywhere() {
        TenantId site = TestSites.registered(tenants, "jira-" + UUID.randomUUID());
        String gone = "557058:" + UUID.randomUUID();
        String stays = "557058:" + UUID.randomUUID();
        String listed = "5b10ac8d82e05b22cc7d" + UUID.randomUUID().toString().substring(0, 4);
        jdbc.update("insert into thanks_giver (tenant_id, account_id) values (?, ?)", site.value(), gone);
        jdbc.update(
                "insert into thanks (id, tenant_id, from_account_id, to_account_ids, to_department_id, message, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), site.value(), gone, stays + "," + listed, UUID.randomUUID().toString(),
                "Thanks, from me", Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into thanks (id, tenant_id, from_account_id, to_account_ids, to_department_id, message, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), site.value(), stays, gone + "," + listed, UUID.randomUUID().toString(),
                "Well done " + gone, Timestamp.from(Instant.now()));
        intake.record(site, "notice:test:" + gone, "test-no-handler", "{\"to\":[\"" + gone + "\"]}");

        privacy.registerNew();
        privacy.registerNew();

        assertThat(jdbc.queryForList("select account_id from account_registry where tenant_id = ?", String.class,
                site.value()))
            .containsExactlyInAnyOrder(gone, stays, listed);
        List<ReportedAccount> due = privacy.claimDue(site);
        assertThat(due).hasSize(3);
        assertThat(privacy.claimDue(site)).isEmpty();

        privacy.reported(site, due, new AccountReport(Map.of(gone, AccountStatus.CLOSED), null));

        assertThat(AccountTraces.in(jdbc, site, gone)).isEmpty();
        String tombstone = Tombstone.of(site, gone);
        assertThat(jdbc.queryForList("select message from thanks where tenant_id = ? and from_account_id = ?",
                String.class, site.value(), tombstone))
            .containsExactly("");
        assertThat(jdbc.queryForList("select to_account_ids from thanks where tenant_id = ? and from_account_id = ?",
                String.class, site.value(), stays))
            .containsExactly(tombstone + "," + listed);
        assertThat(jdbc.queryForList("select message from thanks where tenant_id = ? and from_account_id = ?",
                String.class, site.value(), stays))
            .containsExactly("Well done " + tombstone);
        assertThat(jdbc.queryForList("select account_id from account_registry where tenant_id = ?", String.class,
                site.value()))
            .containsExactlyInAnyOrder(stays, listed);
        assertThat(jdbc.queryForObject(
                "select count(*) from account_registry where tenant_id = ? and next_report_at > ? and last_reported is not null",
                Integer.class, site.value(), Timestamp.from(Instant.now().plusSeconds(6 * 24 * 3600))))
            .isEqualTo(2);

        privacy.registerNew(); // the tombstone is nobody to report
        assertThat(jdbc.queryForObject("select count(*) from account_registry where tenant_id = ?", Integer.class,
                site.value()))
            .isEqualTo(2);
    }

}
