package com.icr.tenant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number per site that every change to its departments and relationships raises, in the change's own
 * transaction. Read models key their caches by it, so a cache is never stale, on one node or on several
 * sharing the database, and costs one primary-key read to check.
 */
@Component
public class SiteRevisions {

    private final JdbcTemplate jdbc;

    SiteRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that changes the site's data. */
    public void changed(TenantId tenantId) {
        jdbc.update("update site set data_revision = data_revision + 1 where tenant_id = ?", tenantId.value());
    }

    public long current(TenantId tenantId) {
        Long revision = jdbc.queryForObject("select data_revision from site where tenant_id = ?", Long.class, tenantId.value());
        return revision == null ? 0 : revision;
    }
}
