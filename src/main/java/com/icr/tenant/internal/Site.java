package com.icr.tenant.internal;

import com.icr.tenant.SiteUrl;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A site: the Jira and Confluence installations that share one set of departments and
 * relationships. Atlassian names a site by its {@code cloudId}; its URL can change (a
 * rename) and, once released, belong to another organisation's new site, which then takes
 * it from this one ({@link #releaseUrl}).
 */
@Entity
@Table(name = "site")
public class Site {

    // An id cannot go through an AttributeConverter in Hibernate 5, so the tenant id is
    // stored as its string.
    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    /**
     * Null once another site took the URL (a released URL registered again by another
     * organisation).
     */
    @Column(name = "url", unique = true)
    private String url;

    /**
     * Atlassian's id of the site, once an install told us; a site installed before that
     * has none.
     */
    @Column(name = "cloud_id", unique = true)
    private String cloudId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Site() {
    }

    /** A site whose installs named no cloudId. */
    public Site(TenantId tenantId, SiteUrl url, Instant now) {
        this(tenantId, url, null, now);
    }

    public Site(TenantId tenantId, SiteUrl url, String cloudId, Instant now) {
        this.tenantId = tenantId.value();
        this.url = url == null ? null : url.value(); // a Forge site before a page told
                                                     // its address
        this.cloudId = cloudId;
        this.createdAt = now;
    }

    /**
     * Not {@code tenantId()}: Spring Data reads the id through a public accessor of the
     * id's name.
     */
    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public Optional<SiteUrl> url() {
        return Optional.ofNullable(url).map(SiteUrl::new);
    }

    public Optional<String> cloudId() {
        return Optional.ofNullable(cloudId);
    }

    /**
     * A site installed before installs carried a cloudId learns it from one of its own
     * installations.
     */
    public void identifiedAs(String newCloudId) {
        this.cloudId = newCloudId;
    }

    /**
     * Another organisation's site has this URL now: lookups by URL find that one; this
     * site keeps its data.
     */
    public void releaseUrl() {
        this.url = null;
    }

    /** A site rename: Atlassian sends {@code installed} again with the new base URL. */
    public void movedTo(SiteUrl newUrl) {
        this.url = newUrl.value();
    }

}
