package com.icr.tenant;

import com.icr.tenant.internal.Installation;
import com.icr.tenant.internal.InstallationRepository;
import com.icr.tenant.internal.Licences;
import com.icr.tenant.internal.Site;
import com.icr.tenant.internal.SiteRepository;
import com.icr.tenant.internal.TenantLookups;
import com.icr.tenant.internal.TenantSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant module's facade: which site an installation belongs to, whether its tokens
 * may reach the data, and the retention of uninstalled sites.
 *
 * <p>
 * The rule that links installations into a site (see README, "Tenancy"): a client key we
 * know keeps its site; a new client key joins the site of its {@code cloudId} when the
 * install carries one (the other product of the same site, a restored or renamed site),
 * never a site of another cloudId at the same URL (a released URL registered again: a
 * new, empty site); without a cloudId it joins the site whose canonical URL equals its
 * base URL; otherwise it starts a new site. Base URL and cloudId come only from an
 * {@code installed} callback whose RS256 signature Atlassian made and we verified.
 */
@Service
public class TenantManagement {

    private static final Logger log = LoggerFactory.getLogger(TenantManagement.class);

    private final SiteRepository sites;

    private final InstallationRepository installations;

    private final ApplicationEventPublisher events;

    private final TenantSettings settings;

    private final Clock clock;

    private final TransactionTemplate transactions;

    private final TenantLookups lookups;

    private final JdbcTemplate jdbc;

    private final Licences licences;

    private final JdbcTemplate revisionUpdate;

    private volatile Boolean postgres;

    /**
     * HSQLDB only: each site's revision row, locked here before the database locks it.
     */
    private final ConcurrentMap<String, ReentrantLock> revisionLocks = new ConcurrentHashMap<>();

    /**
     * The longest a change waits for the site's revision lock (PostgreSQL:
     * {@code SET LOCAL lock_timeout}; HSQLDB: a lock of this JVM, see {@link #raise}).
     */
    public static final int REVISION_LOCK_WAIT_SECONDS = 5;

    TenantManagement(SiteRepository sites, InstallationRepository installations, ApplicationEventPublisher events,
            TenantSettings settings, Clock clock, PlatformTransactionManager transactionManager, TenantLookups lookups,
            JdbcTemplate jdbc, Licences licences) {
        this.sites = sites;
        this.licences = licences;
        this.installations = installations;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.lookups = lookups;
        this.jdbc = jdbc;
        this.revisionUpdate = new JdbcTemplate(jdbc.getDataSource());
        // a backstop only: the lock waits are bounded by the database (PostgreSQL's
        // lock_timeout, a transient failure) or by this JVM's lock (HSQLDB), which must
        // fire first even on a busy machine
        this.revisionUpdate.setQueryTimeout(2 * REVISION_LOCK_WAIT_SECONDS);
    }

    /**
     * The app's licence on the site, as its host reports it (kept a few minutes); always
     * {@link LicenceState#ACTIVE} when licensing is off ({@code icr.licence.enforced}).
     * May ask the host: never call it inside a transaction.
     */
    public LicenceState licenceOf(TenantId tenantId) {
        return licences.licenceOf(tenantId);
    }

    /**
     * The licence a host reported with a call of its own (a Forge invocation token): kept
     * as the site's licence from now on.
     */
    public void licenceReported(TenantId tenantId, LicenceState state) {
        licences.reported(tenantId, state);
    }

    /**
     * Links an installation to its site. Idempotent; safe when Jira and Confluence
     * install at the same moment (a unique URL or client key makes the loser retry and
     * join the winner's site).
     */
    public TenantId register(InstallationSignal signal) {
        SiteUrl url = signal.site().orElse(null);
        if (url == null && (signal.siteUrl() != null || signal.cloud().isEmpty())) {
            throw new IllegalArgumentException("baseUrl is not a site URL");
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.execute(tx -> registerOnce(signal, url));
            }
            catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                // two first calls of a new installation at once (a Forge page's
                // requests): the loser retries and finds what the winner linked
                if (attempt == 3) {
                    throw e;
                }
            }
            finally {
                forget(signal.clientKey()); // the door has stored the host (maybe a new
                                            // secret) before this
            }
        }
    }

    private TenantId registerOnce(InstallationSignal signal, SiteUrl url) {
        Instant now = clock.instant();
        String cloudId = signal.cloud().orElse(null);
        Optional<Installation> known = installations.findByClientKey(signal.clientKey());
        if (known.isPresent()) {
            Installation installation = known.get();
            installation.reinstalled(signal.baseUrl(), cloudId, now);
            Site site = sites.findById(installation.tenantId().value()).orElseThrow();
            if (cloudId != null && site.cloudId().isEmpty() && sites.findByCloudId(cloudId).isEmpty()) {
                site.identifiedAs(cloudId); // installed before installs carried a cloudId
            }
            else if (cloudId != null && !site.cloudId().orElse(cloudId).equals(cloudId)) {
                log.warn("Installation {} of site {} reported another cloudId; it stays with its site",
                        signal.clientKey(), site.tenant());
            }
            if (url != null && !site.url().equals(Optional.of(url))) {
                moveSite(site, url);
            }
            return site.tenant();
        }
        Site site = siteOfNewInstallation(url, cloudId, now);
        installations.saveAndFlush(
                new Installation(signal.clientKey(), site.tenant(), signal.product(), signal.baseUrl(), cloudId, now));
        log.info("Installation {} ({}) joined site {}", signal.clientKey(), signal.product().key(), site.tenant());
        return site.tenant();
    }

    /**
     * The site a new client key joins. With a cloudId: the site of that cloudId, wherever
     * its URL moved; a site at the same URL with another cloudId belongs to an
     * organisation that released the URL, so it gives the URL up and keeps its data, and
     * the installation starts a new, empty site. Only a site from before installs carried
     * a cloudId, and still installed somewhere, is joined by its URL (and learns the
     * cloudId). Without a cloudId, the URL decides.
     */
    private Site siteOfNewInstallation(SiteUrl url, String cloudId, Instant now) {
        Optional<Site> atUrl = url == null ? Optional.empty() : sites.findByUrl(url.value());
        if (cloudId == null) {
            return atUrl.orElseGet(() -> sites.saveAndFlush(new Site(TenantId.random(), url, null, now)));
        }
        Optional<Site> sameCloud = sites.findByCloudId(cloudId);
        if (sameCloud.isPresent()) {
            Site site = sameCloud.get();
            if (url != null && !site.url().equals(Optional.of(url))) {
                moveSite(site, url);
            }
            return site;
        }
        if (atUrl.isPresent()) {
            Site old = atUrl.get();
            if (old.cloudId().isEmpty()
                    && installations.findByTenantId(old.tenant()).stream().anyMatch(Installation::isInstalled)) {
                old.identifiedAs(cloudId);
                return old;
            }
            releaseUrl(old);
        }
        return sites.saveAndFlush(new Site(TenantId.random(), url, cloudId, now));
    }

    private void moveSite(Site site, SiteUrl url) {
        Optional<Site> holder = sites.findByUrl(url.value());
        if (holder.isPresent()) {
            if (site.cloudId().isEmpty() || holder.get().cloudId().equals(site.cloudId())) {
                // Nothing says which of the two owns the URL now: keep both apart rather
                // than merge two tenants' data.
                log.warn("Site {} was renamed to a URL another site holds; keeping its old URL", site.tenant());
                return;
            }
            releaseUrl(holder.get()); // Atlassian gave the URL to this cloud: the other
                                      // site had released it
        }
        site.movedTo(url);
    }

    private void releaseUrl(Site old) {
        old.releaseUrl();
        sites.saveAndFlush(old); // before the new holder's insert, which the unique URL
                                 // would refuse
        log.info("Site {} released its URL to another organisation's site; its data stays with it", old.tenant());
    }

    /**
     * The tenant of a client key and whether its tokens may be served, empty when it
     * never installed. Asked for every signed request: kept a few seconds
     * ({@link TenantLookups}), forgotten here at every change.
     */
    public Optional<TenantAccess> accessFor(String clientKey) {
        return lookups.access(clientKey, () -> transactions.execute(tx -> installations.findByClientKey(clientKey)
            .map(i -> new TenantAccess(i.tenantId(), i.product(), i.isInstalled(), i.isEnabled()))));
    }

    public void uninstalled(String clientKey) {
        try {
            transactions.executeWithoutResult(
                    tx -> installations.findByClientKey(clientKey).ifPresent(i -> i.uninstalled(clock.instant())));
        }
        finally {
            forget(clientKey);
        }
    }

    /** The {@code enabled} and {@code disabled} lifecycle callbacks. */
    public void enabled(String clientKey, boolean enabled) {
        try {
            transactions.executeWithoutResult(
                    tx -> installations.findByClientKey(clientKey).ifPresent(i -> i.enabled(enabled)));
        }
        finally {
            forget(clientKey);
        }
    }

    /**
     * Raises the site's data revision, inside the transaction that changes its
     * departments, relationships or figures. Read models key their caches by it, so a
     * cache is never stale, on one node or on several sharing the database, and costs one
     * primary-key read to check. Every change of the site waits here for the one before
     * it to commit; the wait is bounded ({@value #REVISION_LOCK_WAIT_SECONDS} s), so a
     * change stuck behind a long transaction fails (503, try again) instead of holding a
     * pooled connection until it ends.
     */
    public void dataChanged(TenantId tenantId) {
        raise(tenantId, "update site set data_revision = data_revision + 1 where tenant_id = ?");
    }

    /**
     * Updates the site's revision row, waiting for another transaction's change of it at
     * most {@value #REVISION_LOCK_WAIT_SECONDS} s. PostgreSQL bounds the row lock's wait
     * itself ({@code lock_timeout}). The embedded HSQLDB cannot, but it has one node:
     * there every change of the row goes through here, so a lock of this JVM per site,
     * taken with that bound and held until the transaction ends, keeps the row's own lock
     * free of waits.
     */
    private void raise(TenantId tenantId, String update) {
        if (postgres()) {
            revisionUpdate.execute("set local lock_timeout = '" + REVISION_LOCK_WAIT_SECONDS + "s'");
            revisionUpdate.update(update, tenantId.value());
            return;
        }
        ReentrantLock lock = revisionLocks.computeIfAbsent(tenantId.value(), site -> new ReentrantLock());
        try {
            if (!lock.tryLock(REVISION_LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CannotAcquireLockException(
                        "The site's revision stayed locked by another change for " + REVISION_LOCK_WAIT_SECONDS + " s");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("Interrupted while waiting for the site's revision");
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            try {
                revisionUpdate.update(update, tenantId.value());
            }
            finally {
                lock.unlock();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
        revisionUpdate.update(update, tenantId.value());
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres")));
            postgres = known;
        }
        return known;
    }

    public long dataRevision(TenantId tenantId) {
        Long revision = jdbc.queryForObject("select data_revision from site where tenant_id = ?", Long.class,
                tenantId.value());
        return revision == null ? 0 : revision;
    }

    /**
     * Raises the site's structure revision (and its data revision), inside the
     * transaction that changes its departments or relationships: what a view of one
     * request shows of them is kept by this revision, which the figures (changing with
     * every issue event) leave alone. Tells this node's modules
     * ({@link SiteStructureChanged}), which act on it once the change commits.
     */
    public void structureChanged(TenantId tenantId) {
        // the same row as dataChanged, its wait bounded the same way
        raise(tenantId,
                "update site set data_revision = data_revision + 1, structure_revision = structure_revision + 1 where tenant_id = ?");
        events.publishEvent(new SiteStructureChanged(tenantId));
    }

    public long structureRevision(TenantId tenantId) {
        Long revision = jdbc.queryForObject("select structure_revision from site where tenant_id = ?", Long.class,
                tenantId.value());
        return revision == null ? 0 : revision;
    }

    /** The client keys of all of a site's installations, installed or not. */
    public List<String> clientKeysOf(TenantId tenantId) {
        return transactions
            .execute(tx -> installations.findByTenantId(tenantId).stream().map(Installation::clientKey).toList());
    }

    /**
     * An installation changed: forget its access here, and tell the front doors to forget
     * what they kept.
     */
    private void forget(String clientKey) {
        lookups.forget(clientKey);
        events.publishEvent(new InstallationChanged(clientKey));
    }

    /**
     * The client keys of a site's installed installations of one product (a restored site
     * may have two).
     */
    public List<String> installedClientKeys(TenantId tenantId, Product product) {
        return transactions.execute(tx -> installations.findByTenantId(tenantId)
            .stream()
            .filter(i -> i.product() == product && i.isInstalled())
            .sorted(Comparator.comparing(Installation::installedAt).reversed())
            .map(Installation::clientKey)
            .toList());
    }

    public SiteStatus statusOf(TenantId tenantId) {
        return transactions.execute(tx -> {
            Site site = sites.findById(tenantId.value()).orElseThrow();
            List<SiteStatus.InstallationView> views = installations.findByTenantId(tenantId)
                .stream()
                .sorted(Comparator.comparing(Installation::product).thenComparing(Installation::installedAt))
                .map(i -> new SiteStatus.InstallationView(i.product(), i.baseUrl(), i.isInstalled(), i.isEnabled(),
                        i.installedAt()))
                .toList();
            String url = site.url()
                .map(SiteUrl::value)
                .orElseGet(() -> views.isEmpty() ? ""
                        : SiteUrl.of(views.get(views.size() - 1).baseUrl()).map(SiteUrl::value).orElse(""));
            return new SiteStatus(url, views);
        });
    }

    /**
     * Deletes every site uninstalled for longer than the retention period, with all its
     * data (each module deletes its rows on {@link SitePurging}, the front door its
     * hosts' shared secrets), in one transaction per site.
     * @return how many sites were purged
     */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(settings.retention());
        List<TenantId> expired = transactions.execute(tx -> installations.findTenantsUninstalledBefore(cutoff));
        for (TenantId tenantId : expired) {
            purge(tenantId, 1);
            lookups.forgetAll();
        }
        return expired.size();
    }

    /**
     * One site's rows in one transaction. The intake's worker may be marking some of the
     * site's deliveries done meanwhile, locking rows in another order than the purge's
     * delete: the database then chooses one of them to fail (a deadlock), and the purge,
     * all or nothing, is simply run again.
     */
    private void purge(TenantId tenantId, int attempt) {
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new SitePurging(tenantId));
                installations.deleteByTenantId(tenantId);
                sites.deleteById(tenantId.value());
                log.info("Purged site {} after its retention period", tenantId);
            });
        }
        catch (org.springframework.dao.PessimisticLockingFailureException e) {
            if (attempt >= 3) {
                throw e;
            }
            log.info("Purge of site {} met a concurrent change ({}); running it again", tenantId, e.getMessage());
            purge(tenantId, attempt + 1);
        }
    }

}
