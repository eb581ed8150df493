package com.icr.tenant;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The installed host of a product on a site: what a call to that product's REST API is signed for. */
@Component
public class ProductHosts {

    private final Tenants tenants;
    private final AtlassianHostRepository hosts;

    ProductHosts(Tenants tenants, AtlassianHostRepository hosts) {
        this.tenants = tenants;
        this.hosts = hosts;
    }

    public Optional<AtlassianHost> jiraOf(TenantId tenantId) {
        return tenants.installedClientKeys(tenantId, Product.JIRA).stream()
                .map(hosts::findById).flatMap(Optional::stream).filter(AtlassianHost::isAddonInstalled).findFirst();
    }
}
