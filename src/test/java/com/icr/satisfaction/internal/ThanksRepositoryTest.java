package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestChanged;
import com.icr.satisfaction.Gift;
import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.data.domain.PageRequest;

/**
 * Thanks are counted and listed within their site: the same people and department ids on
 * another site (ids are the site's own, but account ids are Atlassian-wide) never show,
 * nor count towards a daily limit.
 */
@RepositoryTest
class ThanksRepositoryTest {

    private static final String RITA = "557058:rita";

    private static final String ALAN = "557058:alan";

    @Autowired
    ThanksRepository thanks;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void theSamePeopleOnAnotherSiteAreNeitherListedNorCounted() {
        Thanks a = thank(siteA, 0);
        Thanks older = thank(siteB, 10);
        Thanks newer = thank(siteB, 20);
        entities.flush();

        assertThat(thanks.findByTenantIdAndToDepartmentIdOrderByCreatedAtDesc(siteB, "finance", PageRequest.of(0, 10)))
            .extracting(Thanks::id)
            .containsExactly(newer.id(), older.id());
        assertThat(thanks.countByTenantIdAndToDepartmentId(siteB, "finance")).isEqualTo(2);
        assertThat(thanks.countByTenantIdAndFromAndCreatedAtAfter(siteA, RITA, Rows.NOW.minusSeconds(1))).isEqualTo(1);
        assertThat(thanks.findFirstByTenantIdAndFromAndCreatedAtAfterOrderByCreatedAt(siteB, RITA, Rows.NOW)).get()
            .extracting(Thanks::id)
            .isEqualTo(older.id());
        assertThat(thanks.involving(siteB, List.of("sales"), Rows.NOW, Rows.NOW.plus(Duration.ofDays(1))))
            .extracting(Thanks::id)
            .containsExactly(newer.id(), older.id());
        assertThat(thanks.receivedBy(siteA, ALAN, Rows.NOW.minusSeconds(1), PageRequest.of(0, 10)))
            .extracting(Thanks::id)
            .containsExactly(a.id());
        assertThat(thanks.receivedBy(siteA, "557058:al", Rows.NOW.minusSeconds(1), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aChecksThanksAreFoundWithinItsSite() {
        SatisfactionCheck check = new SatisfactionCheck(new RequestChanged(siteA, "10001", "FIN-1", "FIN", "finance",
                "sales", RITA, ALAN, Rows.NOW, false, Rows.NOW), Rows.NOW, SatisfactionPolicy.defaults(siteA),
                Rows.NOW);
        Thanks a = entities.persist(new Thanks(check, RITA, List.of(ALAN), "thank you", Rows.NOW));
        entities.flush();

        assertThat(thanks.existsByTenantIdAndCheckIdAndFrom(siteA, check.id(), RITA)).isTrue();
        assertThat(thanks.existsByTenantIdAndCheckIdAndFrom(siteB, check.id(), RITA)).isFalse();
        assertThat(thanks.findByTenantIdAndCheckIdOrderByCreatedAt(siteA, check.id())).extracting(Thanks::id)
            .containsExactly(a.id());
        assertThat(thanks.findByTenantIdAndCheckIdOrderByCreatedAt(siteB, check.id())).isEmpty();
    }

    @Test
    void purgingASiteLeavesTheOthersThanks() {
        Thanks a = thank(siteA, 0);
        thank(siteB, 0);
        entities.flush();

        thanks.deleteOf(siteB);
        entities.clear();

        assertThat(thanks.countByTenantIdAndToDepartmentId(siteB, "finance")).isZero();
        assertThat(thanks.findByTenantIdAndToDepartmentIdOrderByCreatedAtDesc(siteA, "finance", PageRequest.of(0, 10)))
            .extracting(Thanks::id)
            .containsExactly(a.id());
    }

    private Thanks thank(TenantId site, int seconds) {
        return entities
            .persist(new Thanks(site, new Gift(RITA, "sales", "finance", List.of("557058:bob", ALAN), "thank you"),
                    Rows.NOW.plus(Duration.ofSeconds(seconds))));
    }

}
