package com.icr.tenant;

import static com.icr.support.HostSimulator.confluence;
import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.support.AppTest;
import com.icr.support.FakeJira;
import com.icr.support.TestSites;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site rule: which installations share data, and how long an uninstalled site's data
 * is kept.
 */
@AppTest
class TenancyTest {

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenants;

    @Autowired
    TestClock clock;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    AtlassianHostRepository hosts;

    /** How long this node keeps a host it read (another node's change shows after it). */
    @Value("${icr.caches.connect-hosts.expire-after-write}")
    java.time.Duration hostsKeptFor;

    HostSimulator host;

    String siteUrl;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
        siteUrl = "https://" + UUID.randomUUID() + ".atlassian.net";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jiraAndConfluenceOfOneSiteShareOneTenant() {
        Installation jira = installed(jira(siteUrl));
        Installation confluence = installed(confluence(siteUrl));

        assertThat(tenantOf(confluence)).isEqualTo(tenantOf(jira));
        Map<String, Object> seen = host.api(confluence, "GET", "/api/site", null).json();
        assertThat(seen).containsEntry("linked", true)
            .containsEntry("viewedFrom", "confluence")
            .containsEntry("siteUrl", siteUrl);
        assertThat((Map<String, Object>) seen.get("jira")).containsEntry("installed", true)
            .containsEntry("baseUrl", siteUrl);
    }

    @Test
    void aSecondSiteSeesNothingOfTheFirst() {
        Installation first = installed(jira(siteUrl));
        Installation second = installed(jira("https://" + UUID.randomUUID() + ".atlassian.net"));

        assertThat(tenantOf(second)).isNotEqualTo(tenantOf(first));
        Map<String, Object> seen = host.api(second, "GET", "/api/site", null).json();
        assertThat(seen.toString()).doesNotContain(siteUrl);
        assertThat(seen).containsEntry("linked", false);
    }

    @Test
    void aSiteWhoseHostNameMerelyStartsAlikeIsAnotherSite() {
        Installation first = installed(jira(siteUrl));
        Installation lookalike = installed(confluence(siteUrl.replace(".atlassian.net", "-evil.atlassian.net")));

        assertThat(tenantOf(lookalike)).isNotEqualTo(tenantOf(first));
    }

    @Test
    void aRestoredSiteWithANewClientKeyFindsItsData() {
        Installation original = installed(jira(siteUrl));
        host.uninstall(original);

        Installation restored = installed(jira(siteUrl));

        assertThat(restored.clientKey()).isNotEqualTo(original.clientKey());
        assertThat(tenantOf(restored)).isEqualTo(tenantOf(original));
    }

    @Test
    void reinstallsAndSecretRotationKeepTheData() {
        Installation jira = installed(jira(siteUrl));
        TenantId tenant = tenantOf(jira);

        Installation rotated = installed(jira.withNewSecret());

        assertThat(tenantOf(rotated)).isEqualTo(tenant);
        assertThat(host.api(rotated, "GET", "/api/site", null).status()).isEqualTo(200);
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(401);
    }

    @Test
    void aSecretRotatedByAnotherNodeIsAcceptedAtOnce() {
        Installation jira = installed(jira(siteUrl));
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(200);
        Installation rotated = jira.withNewSecret();

        AtlassianHost stored = hosts.findById(jira.clientKey()).orElseThrow();
        stored.setSharedSecret(rotated.sharedSecret());
        hosts.save(stored); // the install another node took: this node still keeps the
                            // old secret

        assertThat(host.api(rotated, "GET", "/api/site", null).status()).isEqualTo(200);
        assertThat(host
            .webhook(rotated, "/webhooks/jira/issue", Map.of("webhookEvent", "jira:issue_noticed"),
                    "rotated-" + UUID.randomUUID(), 0)
            .status()).isEqualTo(204);
    }

    @Test
    void anUninstallOnAnotherNodeShutsThisOneWithinSeconds() {
        Installation jira = installed(jira(siteUrl));
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(200);

        AtlassianHost stored = hosts.findById(jira.clientKey()).orElseThrow();
        stored.setAddonInstalled(false);
        hosts.save(stored); // what the other node's uninstall callback wrote

        Eventually.await("the site shut", () -> host.api(jira, "GET", "/api/site", null).status(),
                status -> status == 401, hostsKeptFor.plusSeconds(2));
    }

    @Test
    void aRenamedSiteKeepsItsDataUnderItsNewUrl() {
        Installation jira = installed(jira(siteUrl));
        String renamed = "https://" + UUID.randomUUID() + ".atlassian.net";

        Installation moved = installed(jira.withBaseUrl(renamed));

        assertThat(tenantOf(moved)).isEqualTo(tenantOf(jira));
        assertThat(host.api(moved, "GET", "/api/site", null).json()).containsEntry("siteUrl", renamed);
    }

    @Test
    void aNewOrganisationAtAReleasedUrlStartsANewEmptySiteAndTheOldOneKeepsItsData() {
        FakeJira.Site jiraSite = FakeJira.get().newSite().administrators(TestSites.ADMIN);
        Installation old = jira(jiraSite.baseUrl()).withCloudId(UUID.randomUUID().toString());
        jiraSite.secret(old.sharedSecret());
        installed(old);
        TenantId oldTenant = tenantOf(old);
        String department = "Finance " + UUID.randomUUID();
        assertThat(asAdmin(old, "POST", "/api/departments", Map.of("name", department)).status()).isEqualTo(201);
        assertThat(host.uninstall(old).status()).isEqualTo(204); // the organisation
                                                                 // leaves; Atlassian
                                                                 // releases the URL

        Installation newcomer = jira(jiraSite.baseUrl()).withCloudId(UUID.randomUUID().toString());
        jiraSite.secret(newcomer.sharedSecret()); // the URL's Jira is the new
                                                  // organisation's now
        installed(newcomer);

        assertThat(tenantOf(newcomer)).isNotEqualTo(oldTenant);
        assertThat(asAdmin(newcomer, "GET", "/api/departments", null).body()).doesNotContain(department);
        assertThat(host.api(newcomer, "GET", "/api/site", null).json()).containsEntry("siteUrl", jiraSite.baseUrl());
        assertThat(departments.names(oldTenant)).extracting(DepartmentName::name).contains(department);
        // the URL is the new site's: an install that names no cloudId finds it by URL
        Installation confluence = installed(confluence(jiraSite.baseUrl()));
        assertThat(tenantOf(confluence)).isEqualTo(tenantOf(newcomer));
    }

    @Test
    void aNewClientKeyOfAKnownCloudIdJoinsItsSiteAtItsNewUrl() {
        String cloudId = UUID.randomUUID().toString();
        Installation jira = installed(jira(siteUrl).withCloudId(cloudId));
        String renamed = "https://" + UUID.randomUUID() + ".atlassian.net";

        Installation confluence = installed(confluence(renamed).withCloudId(cloudId));

        assertThat(tenantOf(confluence)).isEqualTo(tenantOf(jira));
        assertThat(host.api(confluence, "GET", "/api/site", null).json()).containsEntry("siteUrl", renamed);
    }

    @Test
    void aSiteFromBeforeCloudIdsLearnsItsCloudIdAndThenKeepsStrangersOut() {
        Installation jira = installed(jira(siteUrl)); // no cloudId: installed before
                                                      // installs carried one
        String cloudId = UUID.randomUUID().toString();
        Installation confluence = installed(confluence(siteUrl).withCloudId(cloudId));
        assertThat(tenantOf(confluence)).isEqualTo(tenantOf(jira));

        host.uninstall(jira);
        host.uninstall(confluence);
        Installation stranger = installed(jira(siteUrl).withCloudId(UUID.randomUUID().toString()));

        assertThat(tenantOf(stranger)).isNotEqualTo(tenantOf(jira));
    }

    @Test
    void aDisabledSitesTokensGetNothingUntilEnabledAgain() {
        Installation jira = installed(jira(siteUrl));

        assertThat(host.lifecycle(jira, "disabled").status()).isEqualTo(204);
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(403);
        assertThat(host.page(jira, "/pages/getting-started?product=jira").status()).isEqualTo(403);

        assertThat(host.lifecycle(jira, "enabled").status()).isEqualTo(204);
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(200);
    }

    @Test
    void anUninstalledSitesTokensGetNothingAndAReinstallWithinRetentionRestoresAccess() {
        Installation jira = installed(jira(siteUrl));
        TenantId tenant = tenantOf(jira);

        assertThat(host.uninstall(jira).status()).isEqualTo(204);
        assertThat(host.api(jira, "GET", "/api/site", null).status()).isEqualTo(401);
        assertThat(host.page(jira, "/pages/getting-started?product=jira").status()).isEqualTo(401);

        clock.advance(Duration.ofDays(59));
        tenants.purgeExpired();
        Installation back = installed(jira);

        assertThat(tenantOf(back)).isEqualTo(tenant);
        assertThat(host.api(back, "GET", "/api/site", null).status()).isEqualTo(200);
    }

    @Test
    void theRetentionPurgeDeletesASiteUninstalledLongerThanSixtyDaysWithItsSecrets() {
        Installation jira = installed(jira(siteUrl));
        Installation confluence = installed(confluence(siteUrl));
        TenantId tenant = tenantOf(jira);
        host.uninstall(jira);
        host.uninstall(confluence);

        clock.advance(Duration.ofDays(61));
        tenants.purgeExpired();

        assertThat(tenants.accessFor(jira.clientKey())).isEmpty();
        assertThat(hosts.findById(jira.clientKey())).isEmpty();
        assertThat(hosts.findById(confluence.clientKey())).isEmpty();
        Installation fresh = installed(jira(siteUrl));
        assertThat(tenantOf(fresh)).isNotEqualTo(tenant);
    }

    @Test
    void theRetentionPurgeKeepsASiteThatOneProductStillHas() {
        Installation jira = installed(jira(siteUrl));
        Installation confluence = installed(confluence(siteUrl));
        host.uninstall(jira);

        clock.advance(Duration.ofDays(90));
        tenants.purgeExpired();

        assertThat(tenants.accessFor(jira.clientKey())).isPresent();
        assertThat(host.api(confluence, "GET", "/api/site", null).status()).isEqualTo(200);
    }

    private HostSimulator.Response asAdmin(Installation installation, String method, String path, Object body) {
        return host.send(method, path, "JWT " + host.jwt(installation).context().subject(TestSites.ADMIN).sign(), body);
    }

    private Installation installed(Installation installation) {
        assertThat(host.install(installation).status()).isEqualTo(204);
        return installation;
    }

    private TenantId tenantOf(Installation installation) {
        return tenants.accessFor(installation.clientKey()).orElseThrow().tenantId();
    }

}
