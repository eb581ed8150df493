package com.icr.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's measures are its own: by id, all, by relationship, unlinking an objective, and
 * its purge with their values.
 */
@RepositoryTest
class MeasureRepositoryTest {

    @Autowired
    MeasureRepository measures;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesMeasureIsNotFound() {
        String relationshipA = Rows.relationship(entities, siteA);
        String relationshipB = Rows.relationship(entities, siteB);
        Measure a = measure(siteA, relationshipA, "Leads", "o1");
        Measure zeta = measure(siteB, relationshipB, "Zeta", "o1");
        Measure alpha = measure(siteB, relationshipB, "Alpha", null);
        entities.flush();

        assertThat(measures.findByTenantIdAndId(siteA, a.id())).isPresent();
        assertThat(measures.findByTenantIdAndId(siteB, a.id())).isEmpty();
        assertThat(measures.findByTenantIdOrderByName(siteB)).extracting(Measure::id)
            .containsExactly(alpha.id(), zeta.id());
        assertThat(measures.findByTenantIdAndRelationshipIdInOrderByName(siteB, List.of(relationshipA, relationshipB)))
            .extracting(Measure::id)
            .containsExactly(alpha.id(), zeta.id());
    }

    @Test
    void unlinkingAnObjectiveTouchesItsOwnSitesMeasuresOnly() {
        Measure a = measure(siteA, Rows.relationship(entities, siteA), "Leads", "o1");
        Measure b = measure(siteB, Rows.relationship(entities, siteB), "Leads", "o1");
        entities.flush();

        measures.unlinkObjective(siteB, "o1");
        entities.clear();

        assertThat(measures.findByTenantIdAndId(siteB, b.id()).orElseThrow().objectiveId()).isNull();
        assertThat(measures.findByTenantIdAndId(siteA, a.id()).orElseThrow().objectiveId()).isEqualTo("o1");
    }

    @Test
    void purgingASiteLeavesTheOthersMeasuresAndTheirValues() {
        Measure a = measure(siteA, Rows.relationship(entities, siteA), "Leads", null);
        a.record(MeasureMonth.parse("2026-11"), 30.0, "557058:m", Rows.NOW);
        Measure b = measure(siteB, Rows.relationship(entities, siteB), "Leads", null);
        b.record(MeasureMonth.parse("2026-11"), 12.0, "557058:m", Rows.NOW);
        entities.flush();

        measures.deleteOf(siteB);
        entities.clear();

        assertThat(measures.findByTenantIdOrderByName(siteB)).isEmpty();
        assertThat(measures.findByTenantIdAndId(siteA, a.id()).orElseThrow().values()).containsEntry("2026-11", 30.0);
    }

    private Measure measure(TenantId site, String relationshipId, String name, String objectiveId) {
        Measure.Draft draft = Measure.Draft
            .of(new MeasureRequest(relationshipId, objectiveId, name, null, "manual", "higher", 40.0));
        return entities.persist(new Measure(site, relationshipId, draft, "557058:m", Rows.NOW));
    }

}
