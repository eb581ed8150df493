package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.AtlassianHostRestClients;
import com.icr.jira.JiraConnection;
import com.icr.jira.JiraConnections;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * A site's Jira as the Connect app reaches it: the installed host, calls signed with its
 * shared secret (ACSB's JWT as the app). Asked before every call to Jira, so the host is
 * kept a few seconds ({@link HostLookups}); a call Jira refused as unsigned
 * ({@link JiraConnection#refused}) reads the host again: its secret may have changed on
 * another node.
 */
@Component
@Order(1) // a site that has the Connect app is called through it
class ConnectJiraConnections implements JiraConnections {

    private final TenantManagement tenants;

    private final AtlassianHostRepository hosts;

    private final AtlassianHostRestClients rest;

    private final HostLookups lookups;

    ConnectJiraConnections(TenantManagement tenants, AtlassianHostRepository hosts, AtlassianHostRestClients rest,
            HostLookups lookups) {
        this.tenants = tenants;
        this.hosts = hosts;
        this.rest = rest;
        this.lookups = lookups;
    }

    @Override
    public Optional<JiraConnection> jiraOf(TenantId tenantId) {
        return lookups
            .jiraOf(tenantId,
                    () -> tenants.installedClientKeys(tenantId, Product.JIRA)
                        .stream()
                        .map(hosts::findById)
                        .flatMap(Optional::stream)
                        .filter(AtlassianHost::isAddonInstalled)
                        .findFirst())
            .map(host -> new Signed(tenantId, host));
    }

    private final class Signed implements JiraConnection {

        private final TenantId tenantId;

        private final AtlassianHost host;

        Signed(TenantId tenantId, AtlassianHost host) {
            this.tenantId = tenantId;
            this.host = host;
        }

        @Override
        public String baseUrl() {
            return host.getBaseUrl();
        }

        @Override
        public RestTemplate asApp() {
            return rest.authenticatedAsAddon(host);
        }

        @Override
        public void refused() {
            lookups.forgetJiraOf(tenantId);
        }

    }

}
