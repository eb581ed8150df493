package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.AtlassianHostRestClients;
import com.icr.confluence.ConfluenceConnections;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * A site's Confluence as the Connect app reaches it: the installed Confluence host
 * ({@code https://<site>/wiki}), calls signed with its shared secret (ACSB's JWT as the
 * app). Looked up for each call: the digest calls Confluence a few times a week.
 */
@Component
@Order(1) // a site that has the Connect app in Confluence is called through it
class ConnectConfluenceConnections implements ConfluenceConnections {

    private final TenantManagement tenants;

    private final AtlassianHostRepository hosts;

    private final AtlassianHostRestClients rest;

    ConnectConfluenceConnections(TenantManagement tenants, AtlassianHostRepository hosts,
            AtlassianHostRestClients rest) {
        this.tenants = tenants;
        this.hosts = hosts;
        this.rest = rest;
    }

    @Override
    public Optional<Connection> confluenceOf(TenantId tenantId) {
        return tenants.installedClientKeys(tenantId, Product.CONFLUENCE)
            .stream()
            .map(hosts::findById)
            .flatMap(Optional::stream)
            .filter(AtlassianHost::isAddonInstalled)
            .findFirst()
            .map(Signed::new);
    }

    private final class Signed implements Connection {

        private final AtlassianHost host;

        Signed(AtlassianHost host) {
            this.host = host;
        }

        @Override
        public String restApi() {
            String base = host.getBaseUrl();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/rest/api";
        }

        @Override
        public RestTemplate asApp() {
            return rest.authenticatedAsAddon(host);
        }

        @Override
        public void refused() {
            // read again at the next call
        }

    }

}
