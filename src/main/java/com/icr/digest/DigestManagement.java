package com.icr.digest;

import com.icr.core.AccountId;
import com.icr.core.InvalidInput;
import com.icr.core.Keyed;
import com.icr.core.Period;
import com.icr.intake.Intake;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.request.RequestManagement;
import com.icr.review.ReviewManagement;
import com.icr.satisfaction.GivenThanks;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest module's facade: the site's settings (the Confluence space an administrator
 * picked, on or off), each relationship's frequency, what a relationship's digest says
 * over a period (read from the other modules' facades), its page, and the runs that wrote
 * them ({@code digest_run}, shown on the admin page with their failures). Runs are intake
 * deliveries of topic {@link #TOPIC} ({@link DigestJob}).
 */
@Service
public class DigestManagement {

    public static final String TOPIC = "digest";

    /** Runs the admin page shows. */
    static final int RUNS_SHOWN = 10;

    private final JdbcTemplate jdbc;

    private final RelationshipManagement relationships;

    private final RequestManagement requests;

    private final SatisfactionCheckManagement satisfaction;

    private final ReviewManagement review;

    private final People people;

    private final DigestPages pages;

    private final Intake intake;

    private final Clock clock;

    DigestManagement(JdbcTemplate jdbc, RelationshipManagement relationships, RequestManagement requests,
            SatisfactionCheckManagement satisfaction, ReviewManagement review, People people, DigestPages pages,
            Intake intake, Clock clock) {
        this.jdbc = jdbc;
        this.relationships = relationships;
        this.requests = requests;
        this.satisfaction = satisfaction;
        this.review = review;
        this.people = people;
        this.pages = pages;
        this.intake = intake;
        this.clock = clock;
    }

    /** The site's space (if picked). */
    record Settings(String spaceKey, String spaceName, boolean enabled, Instant enabledAt) {
    }

    Optional<Settings> settings(TenantId tenantId) {
        return jdbc
            .query("select space_key, space_name, enabled, enabled_at from digest_setting where tenant_id = ?",
                    (rs, i) -> new Settings(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getTimestamp(4).toInstant()),
                    tenantId.value())
            .stream()
            .findFirst();
    }

    /** The site's digest: settings, relationships, next run and the latest runs. */
    @Transactional(readOnly = true)
    public DigestView view(TenantId tenantId) {
        Optional<Settings> settings = settings(tenantId);
        Map<String, Frequency> frequencies = frequencies(tenantId);
        Map<String, Object[]> written = new HashMap<>();
        jdbc.query("select relationship_id, page_id, page_version, written_at from digest_page where tenant_id = ?",
                rs -> {
                    written.put(rs.getString(1),
                            new Object[] { rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant() });
                }, tenantId.value());
        List<DigestView.RelationshipDigest> digests = relationships.list(tenantId).stream().map(r -> {
            Object[] page = written.get(r.id());
            return new DigestView.RelationshipDigest(r.id(), r.provider().name(), r.customer().name(),
                    frequencies.getOrDefault(r.id(), Frequency.WEEKLY), page == null ? null : (String) page[0],
                    page == null ? null : (Integer) page[1], page == null ? null : (Instant) page[2]);
        }).toList();
        List<DigestView.Run> runs = jdbc.query(
                "select id, run_key, period_from, period_to, state, pages, attempts, failure, failure_status, started_at, finished_at "
                        + "from digest_run where tenant_id = ? order by started_at desc, id limit ?",
                (rs, i) -> new DigestView.Run(rs.getString(1), rs.getString(2).startsWith("now-") ? "now" : "scheduled",
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                        rs.getString(5).toLowerCase(java.util.Locale.ROOT), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        (Integer) rs.getObject(9), rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()),
                tenantId.value(), RUNS_SHOWN);
        return new DigestView(settings.map(Settings::spaceKey).orElse(null),
                settings.map(Settings::spaceName).orElse(null), settings.map(Settings::enabled).orElse(false),
                DigestSchedule.nextRun(clock.instant()), digests, runs);
    }

    /**
     * The spaces the app may write to (asks Confluence: never inside a transaction); none
     * when the site has no Confluence for the app (not installed there, or Confluence
     * refuses the list): the admin page says so. Confluence busy or down is the caller's
     * to retry.
     */
    public List<DigestPages.Space> spaces(TenantId tenantId) {
        try {
            return pages.spaces(tenantId);
        }
        catch (DigestPages.Refused refused) {
            return List.of();
        }
    }

    /**
     * Picks the space (it must be one Confluence lists for the app) and switches the
     * digest on or off. Asks Confluence first, outside any transaction.
     */
    public DigestView saveSettings(TenantId tenantId, DigestSettingsRequest request, String actor) {
        if (request == null || request.spaceKey() == null || request.spaceKey().isBlank()) {
            throw new InvalidInput("spaceKey", "input.required");
        }
        String key = request.spaceKey().strip();
        if (key.length() > 255) {
            throw new InvalidInput("spaceKey", "input.digest.unknown-space", key.substring(0, 40));
        }
        DigestPages.Space space;
        try {
            space = pages.spaces(tenantId)
                .stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("spaceKey", "input.digest.unknown-space", key));
        }
        catch (DigestPages.Refused e) {
            throw new InvalidInput("spaceKey", "input.digest.no-confluence");
        }
        store(tenantId, space, request.enabled() == null || request.enabled(), actor);
        return view(tenantId);
    }

    void store(TenantId tenantId, DigestPages.Space space, boolean enabled, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Settings> before = settings(tenantId);
        Timestamp enabledAt = before.filter(Settings::enabled)
            .filter(b -> enabled)
            .map(b -> Timestamp.from(b.enabledAt()))
            .orElse(now);
        String name = space.name() == null || space.name().isBlank() ? space.key()
                : space.name().substring(0, Math.min(255, space.name().length()));
        int updated = jdbc.update(
                "update digest_setting set space_key = ?, space_name = ?, enabled = ?, enabled_at = ?, updated_by = ?, updated_at = ? where tenant_id = ?",
                space.key(), name, enabled, enabledAt, actor, now, tenantId.value());
        if (updated == 0) {
            jdbc.update(
                    "insert into digest_setting (tenant_id, space_key, space_name, enabled, enabled_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                    tenantId.value(), space.key(), name, enabled, enabledAt, actor, now);
        }
    }

    /** Sets how often one relationship's digest is written. */
    @Transactional
    public DigestView setFrequency(TenantId tenantId, String relationshipId, FrequencyRequest request) {
        relationships.get(tenantId, relationshipId); // 404 for another site's id
        Frequency frequency = Keyed.parse("frequency", request == null ? null : request.frequency(), Frequency.class,
                null);
        int updated = jdbc.update(
                "update digest_frequency set frequency = ? where tenant_id = ? and relationship_id = ?",
                frequency.name(), tenantId.value(), relationshipId);
        if (updated == 0) {
            jdbc.update("insert into digest_frequency (tenant_id, relationship_id, frequency) values (?, ?, ?)",
                    tenantId.value(), relationshipId, frequency.name());
        }
        return view(tenantId);
    }

    /**
     * Writes every relationship's page now, for the days up to today: a run of its own,
     * worked off by the intake like the scheduled ones.
     */
    public void publishNow(TenantId tenantId) {
        if (settings(tenantId).isEmpty()) {
            throw new InvalidInput("spaceKey", "input.digest.no-space");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String runKey = "now-" + UUID.randomUUID();
        intake.record(tenantId, TOPIC + ":" + runKey, TOPIC, runKey + "|" + today);
    }

    /**
     * Records the scheduled run of {@code runDay} for every site whose digest is on (and
     * was on by then): one delivery per site and run across nodes, by its key.
     * @return the sites it recorded a new delivery for (none when another node did)
     */
    List<TenantId> schedule(LocalDate runDay) {
        Instant runAt = DigestSchedule.startOf(runDay);
        List<String> sites = jdbc.queryForList(
                "select tenant_id from digest_setting where enabled = true and enabled_at <= ?", String.class,
                Timestamp.from(runAt));
        List<TenantId> recorded = new java.util.ArrayList<>();
        for (String site : sites) {
            String runKey = DigestSchedule.runKey(runDay);
            if (intake.recordAt(new TenantId(site), TOPIC + ":" + runKey, TOPIC, runKey + "|" + runDay,
                    runAt) == com.icr.intake.Recorded.NEW) {
                recorded.add(new TenantId(site));
            }
        }
        return recorded;
    }

    Map<String, Frequency> frequencies(TenantId tenantId) {
        Map<String, Frequency> frequencies = new HashMap<>();
        jdbc.query("select relationship_id, frequency from digest_frequency where tenant_id = ?", rs -> {
            frequencies.put(rs.getString(1), Frequency.valueOf(rs.getString(2)));
        }, tenantId.value());
        return frequencies;
    }

    List<RelationshipView> relationships(TenantId tenantId) {
        return relationships.list(tenantId);
    }

    /**
     * What the relationship's digest says over the period, with everyone it names (asks
     * the site's people: never inside a transaction).
     */
    DigestContent contentOf(TenantId tenantId, RelationshipView relationship, Period period) {
        MatrixFigures.Pair pair = new MatrixFigures.Pair(relationship.provider().id(), relationship.customer().id());
        Instant from = period.start();
        Instant until = period.end();
        var noes = requests.declinedDuring(tenantId, pair, period);
        var low = satisfaction.lowRatingsDuring(tenantId, pair.providerId(), pair.customerId(), from, until);
        var missed = requests.missedTargetsDuring(tenantId, pair, period);
        var raised = review.raisedDuring(tenantId, relationship.id(), from, until);
        Set<String> sides = Set.of(pair.providerId(), pair.customerId());
        List<GivenThanks> thanks = satisfaction.thanksInvolving(tenantId, sides, from, until)
            .stream()
            .filter(t -> sides.contains(t.toDepartmentId())
                    && (t.fromDepartmentId() == null || sides.contains(t.fromDepartmentId())))
            .sorted(java.util.Comparator.comparing(GivenThanks::createdAt))
            .toList();
        List<AccountId> accounts = DigestContent.accountsOf(relationship, low, raised, thanks)
            .stream()
            .filter(AccountId::isValid)
            .map(AccountId::new)
            .toList();
        Map<String, Person> named = new HashMap<>();
        if (!accounts.isEmpty()) {
            people.of(tenantId, accounts).forEach((id, person) -> named.put(id.value(), person));
        }
        return new DigestContent(relationship, period, noes, low, missed, raised, thanks, named);
    }

    /** The page a relationship's digest is kept on, and the run that wrote it last. */
    record KnownPage(String pageId, String spaceKey, String lastRun) {
    }

    Optional<KnownPage> pageOf(TenantId tenantId, String relationshipId) {
        return jdbc.query(
                "select page_id, space_key, last_period from digest_page where tenant_id = ? and relationship_id = ?",
                (rs, i) -> new KnownPage(rs.getString(1), rs.getString(2), rs.getString(3)), tenantId.value(),
                relationshipId)
            .stream()
            .findFirst();
    }

    void pageWritten(TenantId tenantId, String relationshipId, String spaceKey, DigestPages.Written written,
            String runKey) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update digest_page set space_key = ?, page_id = ?, page_version = ?, last_period = ?, written_at = ? "
                        + "where tenant_id = ? and relationship_id = ?",
                spaceKey, written.pageId(), written.version(), runKey, now, tenantId.value(), relationshipId);
        if (updated == 0) {
            jdbc.update(
                    "insert into digest_page (tenant_id, relationship_id, space_key, page_id, page_version, last_period, written_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    tenantId.value(), relationshipId, spaceKey, written.pageId(), written.version(), runKey, now);
        }
    }

    /** Starts a run, or counts one more attempt of it; its id. */
    String runStarted(TenantId tenantId, String runKey, LocalDate from, LocalDate to) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update digest_run set attempts = attempts + 1, state = 'RUNNING' where tenant_id = ? and run_key = ?",
                tenantId.value(), runKey);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into digest_run (id, tenant_id, run_key, period_from, period_to, state, pages, attempts, started_at) "
                                + "values (?, ?, ?, ?, ?, 'RUNNING', 0, 1, ?)",
                        UUID.randomUUID().toString(), tenantId.value(), runKey, java.sql.Date.valueOf(from),
                        java.sql.Date.valueOf(to), now);
            }
            catch (DuplicateKeyException e) {
                jdbc.update("update digest_run set attempts = attempts + 1 where tenant_id = ? and run_key = ?",
                        tenantId.value(), runKey);
            }
        }
        return runKey;
    }

    void runEnded(TenantId tenantId, String runKey, String state, String failure, Integer status) {
        Integer pagesWritten = jdbc.queryForObject(
                "select count(*) from digest_page where tenant_id = ? and last_period = ?", Integer.class,
                tenantId.value(), runKey);
        jdbc.update(
                "update digest_run set state = ?, pages = ?, failure = ?, failure_status = ?, finished_at = ? where tenant_id = ? and run_key = ?",
                state, pagesWritten == null ? 0 : pagesWritten, failure, status,
                "RETRYING".equals(state) ? null : Timestamp.from(clock.instant()), tenantId.value(), runKey);
    }

    DigestPages pages() {
        return pages;
    }

    Clock clock() {
        return clock;
    }

}
