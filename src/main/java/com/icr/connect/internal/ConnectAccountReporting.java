package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.AtlassianHostRestClients;
import com.icr.jira.ReportAccounts;
import com.icr.privacy.AccountReport;
import com.icr.privacy.AccountReporting;
import com.icr.privacy.ReportedAccount;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The personal data reporting API for a site the Connect app is installed on: relative to
 * the product's base URL ({@code <baseUrl>/app/report-accounts/}), signed with the app's
 * JWT like any call to the host; the Jira installation's host first, else Confluence's.
 */
@Component
@Order(1)
class ConnectAccountReporting implements AccountReporting {

    private final TenantManagement tenants;

    private final AtlassianHostRepository hosts;

    private final AtlassianHostRestClients rest;

    ConnectAccountReporting(TenantManagement tenants, AtlassianHostRepository hosts, AtlassianHostRestClients rest) {
        this.tenants = tenants;
        this.hosts = hosts;
        this.rest = rest;
    }

    @Override
    public Optional<AccountReport> report(TenantId tenantId, List<ReportedAccount> accounts) {
        return Stream.of(Product.JIRA, Product.CONFLUENCE)
            .flatMap(product -> tenants.installedClientKeys(tenantId, product).stream())
            .map(hosts::findById)
            .flatMap(Optional::stream)
            .filter(AtlassianHost::isAddonInstalled)
            .findFirst()
            .map(host -> ReportAccounts.post(rest.authenticatedAsAddon(host),
                    host.getBaseUrl().replaceAll("/+$", "") + ReportAccounts.PATH, accounts));
    }

}
