package com.icr.forge.internal;

import com.icr.forge.ForgeSettings;
import com.icr.tenant.InstallationSignal;
import com.icr.tenant.Product;
import com.icr.tenant.TenantAccess;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Forge installations of each site and the app's system token Forge sent last to
 * each. An installation joins its site by the cloudId its signed token names (tenant's
 * rule, {@link TenantManagement#register}), so the Jira and Confluence installations of a
 * site, and the Connect app already on it, share one site; a reinstall (a new
 * installation id) joins the same site and finds its data. Tokens live in the database
 * (any node may make the call) and, for a few seconds, in memory (cache
 * {@code forge-tokens}).
 */
@Component
class ForgeInstallations {

    private final TenantManagement tenants;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final ForgeSettings settings;

    private final Cache tokens;

    ForgeInstallations(TenantManagement tenants, JdbcTemplate jdbc, Clock clock, ForgeSettings settings,
            CacheManager caches) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.tokens = caches.getCache("forge-tokens");
    }

    /**
     * The installation's access to its site. An installation the app has not heard of yet
     * (its {@code installed} trigger may come after its first page) is linked now: its
     * token is Atlassian's word for it, as an {@code installed} callback is on Connect.
     */
    TenantAccess accessOf(Invocation invocation) {
        return tenants.accessFor(invocation.installationKey()).orElseGet(() -> {
            installed(invocation);
            return tenants.accessFor(invocation.installationKey()).orElseThrow();
        });
    }

    /** The {@code installed} and {@code upgraded} lifecycle events. */
    TenantId installed(Invocation invocation) {
        return tenants.register(new InstallationSignal(invocation.installationKey(), invocation.product(),
                invocation.apiBaseUrl(), invocation.cloudId(), invocation.siteUrl().orElse(null)));
    }

    /**
     * The pre-uninstall event: the installation's tokens stop reaching the site and its
     * retention starts, as on Connect.
     */
    void uninstalling(Invocation invocation) {
        tenants.uninstalled(invocation.installationKey());
        forget(invocation.installationKey());
    }

    /** Keeps the system token a trigger brought, for the calls made later. */
    void keep(Invocation invocation, String systemToken) {
        if (systemToken == null || systemToken.isBlank() || systemToken.length() > 8000) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update forge_token set system_token = ?, api_base_url = ?, received_at = ? where installation_key = ?",
                systemToken, invocation.apiBaseUrl(), now, invocation.installationKey());
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into forge_token (installation_key, api_base_url, system_token, received_at) values (?, ?, ?, ?)",
                        invocation.installationKey(), invocation.apiBaseUrl(), systemToken, now);
            }
            catch (org.springframework.dao.DuplicateKeyException e) {
                // another trigger of the same installation stored its token first: as
                // fresh
            }
        }
        forget(invocation.installationKey());
    }

    /**
     * The freshest usable system token of the site's installed Forge installation of
     * {@code product}: received within its lifetime and not refused by the product since.
     */
    Optional<SystemToken> tokenOf(TenantId tenantId, Product product) {
        for (String key : tenants.installedClientKeys(tenantId, product)) {
            SystemToken token = tokens.get(key, () -> read(key).orElse(SystemToken.NONE));
            if (token != SystemToken.NONE
                    && token.receivedAt().plus(settings.systemTokenLifetime()).isAfter(clock.instant())) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** The product refused the token (expired, revoked): it is not used again. */
    void refused(SystemToken token) {
        jdbc.update("delete from forge_token where installation_key = ? and system_token = ?", token.installationKey(),
                token.value());
        forget(token.installationKey());
    }

    private Optional<SystemToken> read(String installationKey) {
        List<SystemToken> found = jdbc.query(
                "select installation_key, api_base_url, system_token, received_at from forge_token where installation_key = ?",
                (row, i) -> new SystemToken(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()),
                installationKey);
        return found.stream().findFirst();
    }

    private void forget(String installationKey) {
        tokens.evict(installationKey);
    }

    /** A system token of an installation, and where its product's API answers. */
    record SystemToken(String installationKey, String apiBaseUrl, String value, Instant receivedAt) {

        static final SystemToken NONE = new SystemToken("", "", "", Instant.EPOCH);

        @Override
        public String toString() {
            return "SystemToken[" + installationKey + ", received " + receivedAt + "]"; // never
                                                                                        // the
                                                                                        // token
        }

    }

}
