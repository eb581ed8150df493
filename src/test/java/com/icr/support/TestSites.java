package com.icr.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.HostSimulator.Installation;

/**
 * A site whose Jira answers REST calls ({@link FakeJira}): installed in Jira (and Confluence on request),
 * with an administrator and an ordinary user.
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

    /** A call to our /api from Jira as this user. */
    public HostSimulator.Response as(String accountId, String method, String path, Object body) {
        String token = host.jwt(jira).context().subject(accountId).sign();
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
