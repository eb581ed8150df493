package com.icr.objective;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's corporate objectives are its own: by id, all, by quarter, by ids, and in its
 * purge.
 */
@RepositoryTest
class ObjectiveRepositoryTest {

    @Autowired
    ObjectiveRepository objectives;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesObjectiveIsNotFound() {
        Objective a = objective(siteA, "2026-Q4", 0);
        Objective first = objective(siteB, "2026-Q4", 0);
        Objective second = objective(siteB, "2026-Q4", 60);
        Objective earlier = objective(siteB, "2026-Q3", 0);
        entities.flush();

        assertThat(objectives.findByTenantIdAndId(siteA, a.id())).isPresent();
        assertThat(objectives.findByTenantIdAndId(siteB, a.id())).isEmpty();
        assertThat(objectives.findByTenantId(siteB)).extracting(Objective::id)
            .containsExactlyInAnyOrder(first.id(), second.id(), earlier.id());
        assertThat(objectives.findByTenantIdAndQuarterOrderByCreatedAt(siteB, "2026-Q4")).extracting(Objective::id)
            .containsExactly(first.id(), second.id());
        assertThat(objectives.findByTenantIdAndIdIn(siteB, List.of(a.id(), first.id()))).extracting(Objective::id)
            .containsExactly(first.id());
    }

    @Test
    void purgingASiteLeavesTheOthersObjectives() {
        Objective a = objective(siteA, "2026-Q4", 0);
        objective(siteB, "2026-Q4", 0);
        entities.flush();

        objectives.deleteOf(siteB);
        entities.clear();

        assertThat(objectives.findByTenantId(siteB)).isEmpty();
        assertThat(objectives.findByTenantId(siteA)).extracting(Objective::id).containsExactly(a.id());
    }

    private Objective objective(TenantId site, String quarter, int seconds) {
        Objective.Draft draft = Objective.Draft.of(new ObjectiveRequest(quarter, "Grow", null, "557058:ceo"),
                Clock.fixed(Rows.NOW, ZoneOffset.UTC));
        return entities.persist(new Objective(site, draft, Rows.NOW.plus(Duration.ofSeconds(seconds))));
    }

}
