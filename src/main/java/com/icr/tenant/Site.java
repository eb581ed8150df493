package com.icr.tenant;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A site: the Jira and Confluence installations that share one set of departments and relationships. */
@Entity
@Table(name = "site")
class Site {

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

    Site(TenantId tenantId, SiteUrl url, Instant now) {
        this.tenantId = tenantId.value();
        this.url = url.value();
        this.createdAt = now;
    }

    TenantId tenantId() {
        return new TenantId(tenantId);
    }

    SiteUrl url() {
        return new SiteUrl(url);
    }

    /** A site rename: Atlassian sends {@code installed} again with the new base URL. */
    void movedTo(SiteUrl newUrl) {
        this.url = newUrl.value();
    }
}
