package com.icr.tenant;

import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.HostSimulator.Response;
import com.icr.support.KeyServer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Installs as Jira does, then every forged install an attacker could try: each refused,
 * nothing stored.
 */
@AppTest
class InstallSecurityTest {

    private static final String PAGE = "/pages/getting-started?product=jira";

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenants;

    HostSimulator host;

    Installation site;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
        site = jira("https://" + UUID.randomUUID() + ".atlassian.net");
    }

    @Test
    void acceptsAnInstallSignedByAtlassianAndServesItsPages() {
        assertThat(host.install(site).status()).isEqualTo(204);

        assertThat(host.page(site, PAGE).status()).isEqualTo(200);
        assertThat(tenants.accessFor(site.clientKey())).get().extracting(TenantAccess::allowed).isEqualTo(true);
    }

    @Test
    void refusesAnUnsignedInstall() {
        assertRefused(host.installRequest(site, "installed").unsigned().send(), 401);
    }

    @Test
    void refusesAnInstallSignedWithTheSharedSecret() {
        assertRefused(host.installRequest(site, "installed").hs256WithSharedSecret().send(), 401);
    }

    @Test
    void refusesAnUnsignedAlgNoneInstall() {
        assertRefused(host.installRequest(site, "installed").algNone().send(), 401);
    }

    @Test
    void refusesAnInstallSignedWithAKeyAtlassianDidNotPublish() {
        assertRefused(host.installRequest(site, "installed").signedWith(KeyServer.unpublished()).send(), 401);
    }

    @Test
    void refusesAnInstallWhoseKeyIdIsUnknown() {
        Response response = host.installRequest(site, "installed").kid("no-such-key").send();
        assertThat(response.status()).isBetween(400, 499);
        assertNothingStored();
    }

    @Test
    void refusesAnInstallMeantForAnotherApp() {
        assertRefused(host.installRequest(site, "installed").aud("https://evil.example.com").send(), 401);
    }

    @Test
    void refusesAnExpiredInstall() {
        assertRefused(host.installRequest(site, "installed").expired().send(), 401);
    }

    @Test
    void refusesAnInstallWithoutQsh() {
        assertRefused(host.installRequest(site, "installed").qsh(null).send(), 401);
    }

    @Test
    void refusesAnInstallWithTheQshOfAnotherRequest() {
        assertRefused(host.installRequest(site, "installed").qsh(com.icr.support.Qsh.of("POST", "/uninstalled")).send(),
                401);
    }

    @Test
    void refusesAnInstallWhoseIssuerIsNotTheClientKeyInTheBody() {
        assertRefused(host.installRequest(site, "installed").iss(UUID.randomUUID().toString()).send(), 401);
    }

    @Test
    void refusesAnInstallPayloadForAnotherAppKey() {
        Response response = host.installRequest(site, "installed").body(b -> b.put("key", "someone-elses-app")).send();
        assertRefused(response, 400);
        assertThat(response.json().get("message").toString()).startsWith("key:");
    }

    @Test
    void refusesAProductWeDoNotSupport() {
        assertRefused(host.installRequest(site, "installed").body(b -> b.put("productType", "bitbucket")).send(), 400);
    }

    @Test
    void refusesASharedSecretTooShortToSignWith() {
        assertRefused(host.installRequest(site, "installed").body(b -> b.put("sharedSecret", "short")).send(), 400);
    }

    @Test
    void refusesABaseUrlThatIsNotASite() {
        assertRefused(host.installRequest(site, "installed").body(b -> b.put("baseUrl", "javascript:alert(1)")).send(),
                400);
    }

    @Test
    void refusesAClientKeyLongerThanItsColumnWithA400NamingIt() {
        Installation longKey = new Installation("jira", "k".repeat(300), site.baseUrl(), site.sharedSecret());
        Response response = host.installRequest(longKey, "installed").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").toString()).startsWith("clientKey:");
        assertThat(tenants.accessFor(longKey.clientKey())).isEmpty();
    }

    @Test
    void refusesACloudIdThatIsNotASitesId() {
        Response response = host.installRequest(site, "installed").body(b -> b.put("cloudId", "x".repeat(300))).send();
        assertRefused(response, 400);
        assertThat(response.json().get("message").toString()).startsWith("cloudId:");
    }

    @Test
    void anAttackerCannotReplaceTheSecretOfAnInstalledSite() {
        assertThat(host.install(site).status()).isEqualTo(204);
        Installation attacker = site.withNewSecret();

        assertThat(host.installRequest(attacker, "installed").hs256WithSharedSecret().send().status()).isEqualTo(401);
        assertThat(host.installRequest(attacker, "installed").unsigned().send().status()).isEqualTo(401);

        assertThat(host.page(attacker, PAGE).status()).isEqualTo(401);
        assertThat(host.page(site, PAGE).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedUninstall() {
        assertThat(host.install(site).status()).isEqualTo(204);

        assertThat(host.installRequest(site, "uninstalled").unsigned().send().status()).isEqualTo(401);
        assertThat(host.page(site, PAGE).status()).isEqualTo(200);
    }

    private void assertRefused(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.json()).containsKeys("status", "message", "path").doesNotContainKeys("trace", "exception");
        assertThat(response.body()).doesNotContain("at com.").doesNotContain("<html");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(tenants.accessFor(site.clientKey())).isEmpty();
        assertThat(host.page(site, PAGE).status()).isEqualTo(401);
    }

}
