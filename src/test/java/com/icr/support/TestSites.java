package com.icr.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.HostSimulator.Installation;
import com.icr.tenant.InstallationSignal;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.Map;
import java.util.UUID;

/**
 * A site whose Jira answers REST calls ({@link FakeJira}): installed in Jira (and
 * Confluence on request), with an administrator and an ordinary user.
 */
public record TestSites(HostSimulator host, FakeJira.Site jiraSite, Installation jira, Installation confluence) {

    public static final String ADMIN = "557058:admin-alex";

    public static TestSites installed(HostSimulator host) {
        FakeJira.Site site = FakeJira.get().newSite().administrators(ADMIN);
        Installation jira = HostSimulator.jira(site.baseUrl());
        site.secret(jira.sharedSecret());
        assertThat(host.install(jira).status()).isEqualTo(204);
        Installation confluence = HostSimulator.confluence(site.baseUrl());
        assertThat(host.install(confluence).status()).isEqualTo(204);
        return new TestSites(host, site, jira, confluence);
    }

    /**
     * A new site known to the tenant module only (no host to call): what a test of stored
     * rows needs.
     */
    public static TenantId registered(TenantManagement tenants, String clientKey) {
        return tenants.register(
                new InstallationSignal(clientKey, Product.JIRA, "https://" + UUID.randomUUID() + ".atlassian.net"));
    }

    /** A call to our /api from Jira as this user. */
    public HostSimulator.Response as(String accountId, String method, String path, Object body) {
        String token = host.jwt(jira).context().subject(accountId).sign();
        return host.send(method, path, "JWT " + token, body);
    }

    /**
     * A call from a Jira issue's panel: the context token names the issue it was opened
     * on, as Jira signs it.
     */
    public HostSimulator.Response onIssue(String accountId, String issueId, String method, String path, Object body) {
        String token = host.jwt(jira)
            .context()
            .subject(accountId)
            .claim("context", Map.of("jira", Map.of("issue", Map.of("id", issueId), "project", Map.of("key", "FIN"))))
            .sign();
        return host.send(method, path, "JWT " + token, body);
    }

    public HostSimulator.Response asAdmin(String method, String path, Object body) {
        return as(ADMIN, method, path, body);
    }

    /** A call to our /api from Confluence as this user: same site, same data. */
    public HostSimulator.Response fromConfluence(String accountId, String method, String path, Object body) {
        String token = host.jwt(confluence).context().subject(accountId).sign();
        return host.send(method, path, "JWT " + token, body);
    }
}
