package com.icr.forge.internal;

import com.icr.jira.ReportAccounts;
import com.icr.privacy.AccountReport;
import com.icr.privacy.AccountReporting;
import com.icr.privacy.ReportedAccount;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * The personal data reporting API for a site the Forge app is installed on:
 * {@code https://api.atlassian.com/app/report-accounts/} ({@code icr.forge.api-url}) with
 * the app's system token of the site's Jira installation, else of its Confluence one.
 */
@Component
@Order(2)
class ForgeAccountReporting implements AccountReporting {

    private final ForgeInstallations installations;

    private final RestTemplateBuilder http;

    private final String url;

    ForgeAccountReporting(ForgeInstallations installations, RestTemplateBuilder http,
            @Value("${icr.forge.api-url:https://api.atlassian.com}") String apiUrl) {
        this.installations = installations;
        this.http = http.setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(20));
        this.url = apiUrl.replaceAll("/+$", "") + ReportAccounts.PATH;
    }

    @Override
    public Optional<AccountReport> report(TenantId tenantId, List<ReportedAccount> accounts) {
        Optional<ForgeInstallations.SystemToken> token = installations.tokenOf(tenantId, Product.JIRA)
            .or(() -> installations.tokenOf(tenantId, Product.CONFLUENCE));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        RestTemplate client = http.additionalInterceptors((request, body, execution) -> {
            request.getHeaders().setBearerAuth(token.get().value());
            return execution.execute(request, body);
        }).build();
        return Optional.of(ReportAccounts.post(client, url, accounts));
    }

}
