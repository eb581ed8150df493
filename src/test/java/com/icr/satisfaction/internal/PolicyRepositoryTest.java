package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's satisfaction policy is keyed by the site, and its purge deletes that site's
 * only.
 */
@RepositoryTest
class PolicyRepositoryTest {

    @Autowired
    PolicyRepository policies;

    @Autowired
    TestEntityManager entities;

    @Test
    void eachSiteHasItsOwnPolicyAndItsPurgeDeletesItsOwnOnly() {
        TenantId siteA = Rows.site();
        TenantId siteB = Rows.site();
        entities.persist(SatisfactionPolicy.defaults(siteA));
        SatisfactionPolicy b = SatisfactionPolicy.defaults(siteB);
        b.change(new PolicyBody(60, "customer-members", 14, null, null, true), "557058:admin", Rows.NOW);
        entities.persist(b);
        entities.flush();
        entities.clear();

        assertThat(policies.findById(siteB.value()).orElseThrow().body().delayMinutes()).isEqualTo(60);
        assertThat(policies.findById(siteA.value()).orElseThrow().body().delayMinutes()).isZero();

        policies.deleteOf(siteB.value());
        entities.clear();

        assertThat(policies.findById(siteB.value())).isEmpty();
        assertThat(policies.findById(siteA.value())).isPresent();
    }

}
