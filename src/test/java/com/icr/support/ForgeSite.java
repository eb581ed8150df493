package com.icr.support;

import java.util.Map;
import java.util.UUID;

/**
 * A site with the Forge app installed in its Jira: the site's Jira API ({@link FakeJira},
 * at the installation's {@code apiBaseUrl}), the installation as the Forge platform's
 * stand-in ({@link ForgePlatform}) signs for it, and the system token the site issued to
 * the app, which every trigger carries.
 */
public final class ForgeSite {

    private final HostSimulator host;

    private final FakeJira.Site jira;

    private ForgePlatform.Installation installation;

    private String systemToken;

    /** The {@code app.license} every token carries from now on; null: none. */
    private Map<String, Object> licence;

    private ForgeSite(HostSimulator host, FakeJira.Site jira, ForgePlatform.Installation installation) {
        this.host = host;
        this.jira = jira;
        this.installation = installation;
        this.systemToken = jira.issueToken();
    }

    /** A new site; the app is installed through the {@code installed} trigger. */
    public static ForgeSite installed(HostSimulator host) {
        FakeJira.Site jira = FakeJira.get().newSite().administrators(TestSites.ADMIN);
        String cloudId = UUID.randomUUID().toString();
        ForgeSite site = new ForgeSite(host, jira, ForgePlatform.install("jira", jira.baseUrl(), cloudId,
                "https://" + cloudId.substring(0, 8) + ".atlassian.net"));
        HostSimulator.Response installed = site.trigger("/forge/lifecycle/installed",
                Map.of("eventType", "avi:forge:installed:app", "id", site.installation.installationId()));
        if (installed.status() != 204) {
            throw new IllegalStateException("install answered " + installed.status() + ": " + installed.body());
        }
        return site;
    }

    /** The Forge app installed on a site the Connect app is on: same cloudId. */
    public static ForgeSite besides(TestSites connect, String cloudId) {
        ForgeSite site = new ForgeSite(connect.host(), connect.jiraSite(),
                ForgePlatform.install("jira", connect.jiraSite().baseUrl(), cloudId, connect.jira().baseUrl()));
        site.trigger("/forge/lifecycle/installed", Map.of("eventType", "avi:forge:installed:app"));
        return site;
    }

    /**
     * The licence the Forge platform puts in this installation's tokens from now on
     * ({@code app.license}); null for none, as for a free or development install.
     */
    public ForgeSite licence(Map<String, Object> licence) {
        this.licence = licence;
        return this;
    }

    private ForgePlatform.Token token() {
        ForgePlatform.Token token = ForgePlatform.get().token(installation);
        return licence == null ? token : token.app("license", licence);
    }

    public FakeJira.Site jira() {
        return jira;
    }

    public ForgePlatform.Installation installation() {
        return installation;
    }

    public String systemToken() {
        return systemToken;
    }

    /** The app uninstalled and installed again: a new installation id, same site. */
    public ForgeSite reinstalled() {
        installation = installation.reinstalled();
        trigger("/forge/lifecycle/installed", Map.of("eventType", "avi:forge:installed:app"));
        return this;
    }

    /** A new system token, as the next trigger brings. */
    public String newSystemToken() {
        systemToken = jira.issueToken();
        return systemToken;
    }

    /**
     * The same app installed in the site's Confluence: an installation of its own, of the
     * same cloud.
     */
    public ForgePlatform.Installation confluence() {
        return new ForgePlatform.Installation(installation.installationId().replace("installation/", "installation/c"),
                "confluence", jira.baseUrl() + "/wiki", installation.cloudId(), installation.siteUrl());
    }

    /** A call from one of the app's pages ({@code requestRemote}) by this user. */
    public HostSimulator.Response page(String accountId, String method, String path, Object body) {
        return send(method, path, token().fromPage(accountId, "relationship-matrix", null).sign(), body);
    }

    /** A call from the issue panel of an issue. */
    public HostSimulator.Response onIssue(String accountId, String issueId, String method, String path, Object body) {
        return send(method, path, token().fromPage(accountId, "internal-request-panel", issueId).sign(), body);
    }

    public HostSimulator.Response asAdmin(String method, String path, Object body) {
        return page(TestSites.ADMIN, method, path, body);
    }

    /**
     * A trigger or scheduled call: the token has no user nor context, and the app's
     * system token comes along ({@code x-forge-oauth-system}).
     */
    public HostSimulator.Response trigger(String path, Object body) {
        return host.send("POST", path, "Bearer " + token().sign(), body, "application/json",
                Map.of("x-forge-oauth-system", systemToken));
    }

    public HostSimulator.Response send(String method, String path, String token, Object body) {
        return host.send(method, path, "Bearer " + token, body);
    }

}
