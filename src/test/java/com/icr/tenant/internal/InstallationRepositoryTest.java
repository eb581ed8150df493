package com.icr.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.Product;
import com.icr.tenant.SiteUrl;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * Installations by site: a site's installations, its purge, and which sites are
 * uninstalled long enough to be purged (every installation of the site uninstalled, the
 * last before the cutoff).
 */
@RepositoryTest
class InstallationRepositoryTest {

    @Autowired
    InstallationRepository installations;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void aSitesInstallationsAreItsOwn() {
        Installation jiraA = install(siteA, Product.JIRA);
        Installation jiraB = install(siteB, Product.JIRA);
        Installation confluenceB = install(siteB, Product.CONFLUENCE);

        assertThat(installations.findByTenantId(siteA)).extracting(Installation::clientKey)
            .containsExactly(jiraA.clientKey());
        assertThat(installations.findByTenantId(siteB)).extracting(Installation::clientKey)
            .containsExactlyInAnyOrder(jiraB.clientKey(), confluenceB.clientKey());
        assertThat(installations.findByClientKey(jiraB.clientKey())).get()
            .extracting(Installation::tenantId)
            .isEqualTo(siteB);
    }

    @Test
    void purgingASiteLeavesTheOthers() {
        Installation jiraA = install(siteA, Product.JIRA);
        install(siteB, Product.JIRA);
        entities.flush();

        installations.deleteByTenantId(siteB);
        entities.flush();
        entities.clear();

        assertThat(installations.findByTenantId(siteB)).isEmpty();
        assertThat(installations.findByClientKey(jiraA.clientKey())).isPresent();
    }

    @Test
    void aSiteIsDueForPurgeOnlyWhenAllItsInstallationsAreUninstalledBeforeTheCutoff() {
        Installation jiraA = install(siteA, Product.JIRA);
        jiraA.uninstalled(Rows.NOW);
        Installation jiraB = install(siteB, Product.JIRA);
        jiraB.uninstalled(Rows.NOW);
        install(siteB, Product.CONFLUENCE);
        TenantId siteC = Rows.site();
        install(siteC, Product.JIRA).uninstalled(Rows.NOW.plus(Duration.ofDays(2)));
        entities.flush();

        assertThat(installations.findTenantsUninstalledBefore(Rows.NOW.plus(Duration.ofDays(1)))).contains(siteA)
            .doesNotContain(siteB, siteC);
    }

    private Installation install(TenantId site, Product product) {
        if (entities.find(Site.class, site.value()) == null) {
            entities.persist(new Site(site, SiteUrl.of("https://" + UUID.randomUUID() + ".atlassian.net").orElseThrow(),
                    Rows.NOW));
        }
        Installation installation = new Installation(UUID.randomUUID().toString(), site, product,
                "https://" + site.value() + ".atlassian.net", Rows.NOW);
        return entities.persist(installation);
    }

}
