package com.icr.forge.internal;

import com.icr.jira.JiraConnection;
import com.icr.jira.JiraConnections;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * A site's Jira as the Forge app reaches it: at the installation's {@code apiBaseUrl}
 * ({@code https://api.atlassian.com/ex/jira/<cloudId>}, never a host of our choosing),
 * with the app's system token that Forge sent last. A site without a usable token (none
 * received yet, or refused) has no Jira for now: the calls that need it wait
 * ({@link com.icr.core.HostUnavailable}) until a trigger brings one.
 */
@Component
@Order(2)
class ForgeJiraConnections implements JiraConnections {

    private final ForgeInstallations installations;

    private final RestTemplateBuilder http;

    ForgeJiraConnections(ForgeInstallations installations, RestTemplateBuilder http) {
        this.installations = installations;
        this.http = http.setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(20));
    }

    @Override
    public Optional<JiraConnection> jiraOf(TenantId tenantId) {
        return installations.tokenOf(tenantId, Product.JIRA).map(Bearer::new);
    }

    private final class Bearer implements JiraConnection {

        private final ForgeInstallations.SystemToken token;

        Bearer(ForgeInstallations.SystemToken token) {
            this.token = token;
        }

        @Override
        public String baseUrl() {
            return token.apiBaseUrl();
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
