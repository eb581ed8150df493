package com.icr.tenant.internal;

import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * One installation of the app into one product of a site, by its client key. Keeps its
 * own lifecycle state (installed, enabled) next to ACSB's {@code atlassian_host} row,
 * which holds the shared secret.
 */
@Entity
@Table(name = "installation")
public class Installation {

    @Id
    @Column(name = "client_key")
    private String clientKey;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false)
    private Product product;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    /** The cloudId its latest install carried, if any. */
    @Column(name = "cloud_id")
    private String cloudId;

    @Column(name = "installed", nullable = false)
    private boolean installed;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "uninstalled_at")
    private Instant uninstalledAt;

    @Version
    private long version;

    protected Installation() {
    }

    /** An installation whose install named no cloudId. */
    public Installation(String clientKey, TenantId tenantId, Product product, String baseUrl, Instant now) {
        this(clientKey, tenantId, product, baseUrl, null, now);
    }

    public Installation(String clientKey, TenantId tenantId, Product product, String baseUrl, String cloudId,
            Instant now) {
        this.clientKey = clientKey;
        this.tenantId = tenantId;
        this.product = product;
        this.baseUrl = baseUrl;
        this.cloudId = cloudId;
        this.installed = true;
        this.enabled = true;
        this.installedAt = now;
    }

    /**
     * Installed again: an upgrade, a rename, a secret rotation or a reinstall within the
     * retention period.
     */
    public void reinstalled(String newBaseUrl, String newCloudId, Instant now) {
        if (!installed) {
            installedAt = now;
        }
        baseUrl = newBaseUrl;
        if (newCloudId != null) {
            cloudId = newCloudId;
        }
        installed = true;
        enabled = true;
        uninstalledAt = null;
    }

    public void uninstalled(Instant now) {
        if (installed) {
            installed = false;
            uninstalledAt = now;
        }
    }

    public void enabled(boolean value) {
        this.enabled = value;
    }

    public String clientKey() {
        return clientKey;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Product product() {
        return product;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public java.util.Optional<String> cloudId() {
        return java.util.Optional.ofNullable(cloudId);
    }

    public boolean isInstalled() {
        return installed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public Instant uninstalledAt() {
        return uninstalledAt;
    }

}
