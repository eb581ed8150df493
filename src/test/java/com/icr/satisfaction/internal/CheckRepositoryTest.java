package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestChanged;
import com.icr.satisfaction.Met;
import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * The same issue id on two sites has two sites' checks; a check is found within its site;
 * a purge keeps the others'.
 */
@RepositoryTest
class CheckRepositoryTest {

    @Autowired
    CheckRepository checks;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anIssuesChecksAreLookedUpWithinTheirSiteNewestResolutionFirst() {
        SatisfactionCheck a = check(siteA, Rows.NOW);
        SatisfactionCheck first = check(siteB, Rows.NOW);
        SatisfactionCheck second = check(siteB, Rows.NOW.plus(Duration.ofDays(1)));
        entities.flush();

        assertThat(checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(siteB, "10001"))
            .extracting(SatisfactionCheck::id)
            .containsExactly(second.id(), first.id());
        assertThat(checks.findByIdAndTenantId(a.id(), siteA)).isPresent();
        assertThat(checks.findByIdAndTenantId(a.id(), siteB)).isEmpty();
    }

    @Test
    void purgingASiteLeavesTheOthersChecksAndAnswers() {
        SatisfactionCheck a = answered(siteA);
        answered(siteB);
        entities.flush();

        checks.deleteAnswersOf(siteB);
        checks.deleteChecksOf(siteB);
        entities.clear();

        assertThat(checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(siteB, "10001")).isEmpty();
        assertThat(checks.findByIdAndTenantId(a.id(), siteA).orElseThrow().answers()).hasSize(1);
    }

    private SatisfactionCheck answered(TenantId site) {
        SatisfactionCheck check = check(site, Rows.NOW);
        check.ask(List.of("557058:rita"), Rows.NOW);
        check.answer("557058:rita", new Rating(4), Met.YES, "", Rows.NOW);
        return check;
    }

    private SatisfactionCheck check(TenantId site, Instant resolvedAt) {
        RequestChanged request = new RequestChanged(site, "10001", "FIN-1", "FIN", "finance", "sales", "557058:rita",
                "557058:alan", resolvedAt, false, resolvedAt);
        return entities
            .persist(new SatisfactionCheck(request, resolvedAt, SatisfactionPolicy.defaults(site), resolvedAt));
    }

}
