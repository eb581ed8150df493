package com.icr.privacy;

import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account registry ({@code account_registry}): which account ids each site stores,
 * when each is due to be reported, and what Atlassian's answer does to them. The remote
 * calls are the job's, between these transactions.
 */
@Service
public class PrivacyManagement {

    /** The most accounts one call to the reporting API may carry. */
    public static final int BATCH = 90;

    /**
     * How long a batch being reported stays claimed: a node that dies mid-call leaves it
     * to be reported again after this.
     */
    static final Duration CLAIM = Duration.ofMinutes(10);

    /** A site no front door reaches now (uninstalled) is tried again after this. */
    static final Duration UNREACHABLE = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final PrivacySettings settings;

    private final ApplicationEventPublisher events;

    private final TenantManagement tenants;

    PrivacyManagement(JdbcTemplate jdbc, Clock clock, PrivacySettings settings, ApplicationEventPublisher events,
            TenantManagement tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Registers the account ids stored since the last look, due to be reported at once.
     * @return how many were new
     */
    @Transactional
    public int registerNew() {
        Timestamp now = Timestamp.from(clock.instant());
        String union = AccountColumns.SINGLE.stream()
            .map(c -> "select tenant_id, " + c.column() + " as account_id from " + c.table() + " where " + c.column()
                    + " is not null")
            .collect(Collectors.joining(" union "));
        int added = jdbc.update("insert into account_registry (tenant_id, account_id, first_seen, next_report_at) "
                + "select s.tenant_id, s.account_id, cast(? as timestamp), cast(? as timestamp) from (" + union
                + ") s where s.account_id <> '' " + "and s.account_id not like '" + Tombstone.PREFIX
                + "%' and not exists (select 1 from account_registry r "
                + "where r.tenant_id = s.tenant_id and r.account_id = s.account_id)", now, now);
        Set<List<String>> listed = new LinkedHashSet<>();
        for (AccountColumns.Column list : AccountColumns.LISTS) {
            jdbc.query("select distinct tenant_id, " + list.column() + " from " + list.table() + " where "
                    + list.column() + " is not null and " + list.column() + " <> ''", rs -> {
                        for (String id : rs.getString(2).split(",")) {
                            if (!id.isBlank() && !id.startsWith(Tombstone.PREFIX)) {
                                listed.add(List.of(rs.getString(1), id.strip()));
                            }
                        }
                    });
        }
        for (List<String> account : listed) {
            added += jdbc.update("insert into account_registry (tenant_id, account_id, first_seen, next_report_at) "
                    + "select tenant_id, cast(? as varchar(128)), cast(? as timestamp), cast(? as timestamp) from site where tenant_id = ? and not exists (select 1 from account_registry r "
                    + "where r.tenant_id = ? and r.account_id = ?)", account.get(1), now, now, account.get(0),
                    account.get(0), account.get(1));
        }
        return added;
    }

    /** The sites that have accounts due to be reported now. */
    @Transactional(readOnly = true)
    public List<TenantId> sitesDue() {
        return jdbc
            .queryForList("select distinct tenant_id from account_registry where next_report_at <= ?", String.class,
                    Timestamp.from(clock.instant()))
            .stream()
            .map(TenantId::new)
            .toList();
    }

    /**
     * Claims the next batch of the site's due accounts, oldest first: they are not due
     * again until reported or released, so a second run (another node) takes others.
     */
    @Transactional
    public List<ReportedAccount> claimDue(TenantId tenantId) {
        Instant now = clock.instant();
        List<Object[]> due = jdbc.query(
                "select account_id, coalesce(last_reported, first_seen), next_report_at from account_registry "
                        + "where tenant_id = ? and next_report_at <= ? order by next_report_at, account_id limit ?",
                (rs, i) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) },
                tenantId.value(), Timestamp.from(now), BATCH);
        List<ReportedAccount> claimed = new ArrayList<>();
        for (Object[] row : due) {
            int won = jdbc.update(
                    "update account_registry set next_report_at = ? where tenant_id = ? and account_id = ? and next_report_at = ?",
                    Timestamp.from(now.plus(CLAIM)), tenantId.value(), row[0], row[2]);
            if (won == 1) {
                claimed.add(new ReportedAccount((String) row[0], (Instant) row[1]));
            }
        }
        return claimed;
    }

    /**
     * A batch that could not be reported is due again at once (or after {@code wait}).
     */
    @Transactional
    public void release(TenantId tenantId, List<ReportedAccount> accounts, Duration wait) {
        dueAt(tenantId, accounts, clock.instant().plus(wait));
    }

    /**
     * Atlassian answered for a batch: a closed account is erased, the others are due
     * again after a cycle (the longer of ours and Atlassian's), and what is cached of an
     * updated one is forgotten.
     */
    @Transactional
    public void reported(TenantId tenantId, List<ReportedAccount> accounts, AccountReport report) {
        Instant now = clock.instant();
        Duration cycle = report.cyclePeriod() != null && report.cyclePeriod().compareTo(settings.cycle()) > 0
                ? report.cyclePeriod() : settings.cycle();
        Set<String> updated = new HashSet<>();
        for (ReportedAccount account : accounts) {
            AccountStatus status = report.statuses().get(account.accountId());
            if (status == AccountStatus.CLOSED) {
                erase(tenantId, account.accountId());
                continue;
            }
            if (status == AccountStatus.UPDATED) {
                updated.add(account.accountId());
            }
            jdbc.update(
                    "update account_registry set last_reported = ?, next_report_at = ? where tenant_id = ? and account_id = ?",
                    Timestamp.from(now), Timestamp.from(now.plus(cycle)), tenantId.value(), account.accountId());
        }
        if (!updated.isEmpty()) {
            events.publishEvent(new AccountsUpdated(tenantId, Set.copyOf(updated)));
        }
    }

    /** No front door reaches the site now: its accounts wait a day. */
    @Transactional
    public void unreachable(TenantId tenantId, List<ReportedAccount> accounts) {
        dueAt(tenantId, accounts, clock.instant().plus(UNREACHABLE));
    }

    private void dueAt(TenantId tenantId, List<ReportedAccount> accounts, Instant due) {
        jdbc.batchUpdate("update account_registry set next_report_at = ? where tenant_id = ? and account_id = ?",
                accounts.stream()
                    .map(a -> new Object[] { Timestamp.from(due), tenantId.value(), a.accountId() })
                    .toList());
    }

    /**
     * Erases a closed account from the site: what the person wrote is blanked, and their
     * id, wherever it is stored or mentioned, becomes the account's tombstone.
     * @return the tombstone
     */
    @Transactional
    public String erase(TenantId tenantId, String accountId) {
        String tombstone = Tombstone.of(tenantId, accountId);
        String site = tenantId.value();
        for (AccountColumns.Comment comment : AccountColumns.COMMENTS) {
            jdbc.update(
                    "update " + comment.table() + " set " + comment.blank() + AccountColumns.versionOf(comment.table())
                            + " where tenant_id = ? and " + comment.author() + " = ?",
                    site, accountId);
        }
        // The request keeps its latest decision's note as well.
        jdbc.update(
                "update internal_request set decision_note = null, version = version + 1 where tenant_id = ? and id in "
                        + "(select d.request_id from request_decision d where d.tenant_id = ? and d.decided_by = ? "
                        + "and d.decided_at = internal_request.decided_at)",
                site, site, accountId);
        for (AccountColumns.Column single : AccountColumns.SINGLE) {
            jdbc.update("update " + single.table() + " set " + single.column() + " = ?"
                    + AccountColumns.versionOf(single.table()) + " where tenant_id = ? and " + single.column() + " = ?",
                    tombstone, site, accountId);
        }
        String mention = "%" + accountId + "%";
        for (AccountColumns.Column list : AccountColumns.LISTS) {
            rewrite(site, list, mention,
                    value -> Arrays.stream(value.split(","))
                        .map(id -> id.strip().equals(accountId) ? tombstone : id)
                        .distinct()
                        .collect(Collectors.joining(",")));
        }
        for (AccountColumns.Column text : AccountColumns.TEXT) {
            jdbc.update("update " + text.table() + " set " + text.column() + " = replace(" + text.column() + ", ?, ?)"
                    + AccountColumns.versionOf(text.table()) + " where tenant_id = ? and " + text.column() + " like ?",
                    accountId, tombstone, site, mention);
        }
        for (AccountColumns.Column large : AccountColumns.LARGE_TEXT) {
            rewrite(site, large, mention, value -> value.replace(accountId, tombstone));
        }
        jdbc.update("delete from account_registry where tenant_id = ? and account_id = ?", site, accountId);
        // what the views and the matrix keep of the site names the account: read again
        tenants.structureChanged(tenantId);
        return tombstone;
    }

    /** Rewrites, in Java, the site's values of a column that mention an account. */
    private void rewrite(String site, AccountColumns.Column column, String mention, UnaryOperator<String> change) {
        List<String[]> rows = jdbc.query(
                "select " + column.key() + ", " + column.column() + " from " + column.table()
                        + " where tenant_id = ? and " + column.column() + " like ?",
                (rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, site, mention);
        for (String[] row : rows) {
            jdbc.update(
                    "update " + column.table() + " set " + column.column() + " = ?"
                            + AccountColumns.versionOf(column.table()) + " where " + column.key() + " = ?",
                    change.apply(row[1]), row[0]);
        }
    }

    @EventListener
    void purge(SitePurging event) {
        jdbc.update("delete from account_registry where tenant_id = ?", event.tenantId().value());
    }

}
