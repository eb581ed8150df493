package com.icr.tenant;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The installed host of a product on a site: what a call to that product's REST API is signed for. Asked
 * before every call to Jira, so kept a few seconds ({@link TenantLookups}); a caller whose call Jira refused
 * as unsigned says so ({@link #refused}), and the host is read again: its secret may have changed on another
 * node.
 */
@Component
public class ProductHosts {

    private final Tenants tenants;
    private final AtlassianHostRepository hosts;
    private final TenantLookups lookups;

    ProductHosts(Tenants tenants, AtlassianHostRepository hosts, TenantLookups lookups) {
        this.tenants = tenants;
        this.hosts = hosts;
        this.lookups = lookups;
    }

    public Optional<AtlassianHost> jiraOf(TenantId tenantId) {
        return lookups.jiraOf(tenantId, () -> tenants.installedClientKeys(tenantId, Product.JIRA).stream()
                .map(hosts::findById).flatMap(Optional::stream).filter(AtlassianHost::isAddonInstalled).findFirst());
    }

    /** Jira answered 401 to a call signed for this site's host: read the host again before the next call. */
    public void refused(TenantId tenantId) {
        lookups.forgetJiraOf(tenantId);
    }
}
