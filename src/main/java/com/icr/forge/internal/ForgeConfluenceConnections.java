package com.icr.forge.internal;

import com.icr.confluence.ConfluenceConnections;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * A site's Confluence as the Forge app reaches it: at the Confluence installation's
 * {@code apiBaseUrl} ({@code https://api.atlassian.com/ex/confluence/<cloudId>}, REST
 * under {@code /wiki/rest/api}) with the system token Forge sent that installation last.
 * Without a usable token the site has no Confluence for now: the digest waits for a
 * trigger to bring one.
 */
@Component
@Order(2)
class ForgeConfluenceConnections implements ConfluenceConnections {

    private final ForgeInstallations installations;

    private final RestTemplateBuilder http;

    ForgeConfluenceConnections(ForgeInstallations installations, RestTemplateBuilder http) {
        this.installations = installations;
        this.http = http.setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(20));
    }

    @Override
    public Optional<Connection> confluenceOf(TenantId tenantId) {
        return installations.tokenOf(tenantId, Product.CONFLUENCE).map(Bearer::new);
    }

    private final class Bearer implements Connection {

        private final ForgeInstallations.SystemToken token;

        Bearer(ForgeInstallations.SystemToken token) {
            this.token = token;
        }

        @Override
        public String restApi() {
            String base = token.apiBaseUrl();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/wiki/rest/api";
        }

        @Override
        public RestTemplate asApp() {
            return http.additionalInterceptors((request, body, execution) -> {
                request.getHeaders().setBearerAuth(token.value());
                return execution.execute(request, body);
            }).build();
        }

        @Override
        public void refused() {
            installations.refused(token);
        }

    }

}
