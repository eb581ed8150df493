package com.icr.tenant.internal;

import com.icr.tenant.SiteUrl;
import com.icr.tenant.TenantId;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A site: the Jira and Confluence installations that share one set of departments and relationships. */
@Entity
@Table(name = "site")
public class Site {

    // An id cannot go through an AttributeConverter in Hibernate 5, so the tenant id is stored as its string.
    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "url", nullable = false, unique = true)
    private String url;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Site() {
    }

    public Site(TenantId tenantId, SiteUrl url, Instant now) {
        this.tenantId = tenantId.value();
        this.url = url.value();
        this.createdAt = now;
    }

    /** Not {@code tenantId()}: Spring Data reads the id through a public accessor of the id's name. */
    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public SiteUrl url() {
        return new SiteUrl(url);
    }

    /** A site rename: Atlassian sends {@code installed} again with the new base URL. */
    public void movedTo(SiteUrl newUrl) {
        this.url = newUrl.value();
    }
}
