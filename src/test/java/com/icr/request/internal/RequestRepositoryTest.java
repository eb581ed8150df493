package com.icr.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.IssueSnapshot;
import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * The same issue id on two sites is two requests; a site's purge deletes its requests and
 * decisions only.
 */
@RepositoryTest
class RequestRepositoryTest {

    @Autowired
    RequestRepository requests;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anIssueIdIsLookedUpWithinItsSite() {
        InternalRequest a = decided(siteA);
        InternalRequest b = decided(siteB);

        assertThat(requests.findByTenantIdAndIssueId(siteA, "10001")).get()
            .extracting(InternalRequest::id)
            .isEqualTo(a.id());
        assertThat(requests.findByTenantIdAndIssueId(siteB, "10001")).get()
            .extracting(InternalRequest::id)
            .isEqualTo(b.id());
        assertThat(requests.findByTenantIdAndIssueId(siteB, "10002")).isEmpty();
    }

    @Test
    void purgingASiteLeavesTheOthersRequestsAndDecisions() {
        InternalRequest a = decided(siteA);
        decided(siteB);
        entities.flush();

        requests.deleteDecisionsOf(siteB);
        requests.deleteRequestsOf(siteB);
        entities.flush();
        entities.clear();

        assertThat(requests.findByTenantIdAndIssueId(siteB, "10001")).isEmpty();
        InternalRequest kept = requests.findByTenantIdAndIssueId(siteA, "10001").orElseThrow();
        assertThat(kept.id()).isEqualTo(a.id());
        assertThat(kept.history()).hasSize(1);
    }

    private InternalRequest decided(TenantId site) {
        InternalRequest request = new InternalRequest(site, "10001", Rows.NOW);
        request.apply(new IssueSnapshot("10001", "FIN-1", "FIN", List.of(), "557058:rita", null, "new", Rows.NOW, null),
                1, "d1", "finance", InternalRequest.ProviderSource.PROJECT, Rows.NOW);
        request.customerFound("sales");
        request.settle();
        request.decide(Decision.ACCEPTED, null, "", "557058:alan", Rows.NOW);
        return entities.persist(request);
    }

}
