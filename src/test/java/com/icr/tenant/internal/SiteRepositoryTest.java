package com.icr.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.SiteUrl;
import com.icr.tenant.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site is found by its own address only: how a new installation finds the site it
 * belongs to.
 */
@RepositoryTest
class SiteRepositoryTest {

    @Autowired
    SiteRepository sites;

    @Autowired
    TestEntityManager entities;

    @Test
    void aSiteIsFoundByItsAddressAndNoOther() {
        TenantId siteA = Rows.site();
        TenantId siteB = Rows.site();
        SiteUrl urlA = SiteUrl.of("https://a-" + UUID.randomUUID() + ".atlassian.net").orElseThrow();
        SiteUrl urlB = SiteUrl.of("https://b-" + UUID.randomUUID() + ".atlassian.net").orElseThrow();
        entities.persist(new Site(siteA, urlA, Rows.NOW));
        entities.persist(new Site(siteB, urlB, Rows.NOW));
        entities.flush();
        entities.clear();

        assertThat(sites.findByUrl(urlB.value())).get().extracting(Site::tenant).isEqualTo(siteB);
        assertThat(sites.findByUrl(urlA.value())).get().extracting(Site::tenant).isEqualTo(siteA);
        assertThat(sites.findByUrl("https://nobody-" + UUID.randomUUID() + ".atlassian.net")).isEmpty();
        assertThat(sites.findById(siteB.value())).get().extracting(Site::url).isEqualTo(java.util.Optional.of(urlB)); // empty
                                                                                                                      // once
                                                                                                                      // released
    }

}
