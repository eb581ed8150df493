package com.icr.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import com.icr.tenant.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rendered matrices are kept per site: one site's many requests push out only its
 * own.
 */
@AppTest
class MatrixResponsesTest {

    @LocalServerPort
    int port;

    @Autowired
    MatrixResponses responses;

    @Autowired
    TenantManagement tenants;

    @Test
    void oneSiteAskingForManyMatricesCannotEvictAnotherSitesMatrix() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        TestSites victim = TestSites.installed(host);
        TestSites flooder = TestSites.installed(host);
        assertThat(victim.asAdmin("GET", "/api/matrix", null).status()).isEqualTo(200);
        var victimTenant = tenants.accessFor(victim.jira().clientKey()).orElseThrow().tenantId();
        assertThat(responses.keeps(victimTenant, null, null, null, null)).isTrue();

        for (int i = 0; i < 3 * MatrixResponses.PER_SITE + 20; i++) {
            String period = (2000 + i / 4) + "-Q" + (1 + i % 4);
            assertThat(flooder.asAdmin("GET", "/api/matrix?period=" + period, null).status()).isEqualTo(200);
        }

        assertThat(responses.keeps(victimTenant, null, null, null, null)).isTrue();
    }

}
