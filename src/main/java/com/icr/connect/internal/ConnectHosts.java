package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHostRepository;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantManagement;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A purged site's hosts go with it: ACSB's rows hold the shared secrets its tokens were
 * signed with.
 */
@Component
class ConnectHosts {

    private final AtlassianHostRepository hosts;

    private final TenantManagement tenants;

    private final HostLookups lookups;

    ConnectHosts(AtlassianHostRepository hosts, TenantManagement tenants, HostLookups lookups) {
        this.hosts = hosts;
        this.tenants = tenants;
        this.lookups = lookups;
    }

    /** Inside the purge's transaction, before the site's installations are deleted. */
    @EventListener
    void purge(SitePurging purging) {
        List<String> clientKeys = tenants.clientKeysOf(purging.tenantId());
        hosts.deleteAll(hosts.findAllById(clientKeys));
        clientKeys.forEach(lookups::forget);
    }

}
