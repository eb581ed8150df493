package com.icr.tenant.internal;

import com.icr.tenant.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges sites whose retention period has run out. Safe on several nodes at once: each
 * site is deleted in its own transaction, and a node that finds it gone deletes nothing.
 */
@Component
class RetentionPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurgeJob.class);

    private final TenantManagement tenants;

    RetentionPurgeJob(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Scheduled(cron = "${icr.tenant.purge-cron:0 17 3 * * *}")
    void purge() {
        int purged = tenants.purgeExpired();
        if (purged > 0) {
            log.info("Retention purge deleted {} site(s)", purged);
        }
    }

}
