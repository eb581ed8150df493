package com.icr.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A sponsor's notes belong to their site: by relationship and quarter, a quarter's notes,
 * and a site's purge.
 */
@RepositoryTest
class SponsorNoteRepositoryTest {

    @Autowired
    SponsorNoteRepository notes;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesNoteIsNotFound() {
        String relationshipA = Rows.relationship(entities, siteA);
        String relationshipB = Rows.relationship(entities, siteB);
        note(siteA, relationshipA, "2026-Q4");
        note(siteB, relationshipB, "2026-Q4");
        note(siteB, relationshipB, "2026-Q3");
        entities.flush();

        assertThat(notes.findByTenantIdAndRelationshipIdAndQuarter(siteA, relationshipA, "2026-Q4")).isPresent();
        assertThat(notes.findByTenantIdAndRelationshipIdAndQuarter(siteB, relationshipA, "2026-Q4")).isEmpty();
        assertThat(notes.findByTenantIdAndQuarterAndRelationshipIdIn(siteB, "2026-Q4",
                List.of(relationshipA, relationshipB)))
            .extracting(SponsorNote::relationshipId)
            .containsExactly(relationshipB);
    }

    @Test
    void purgingASiteLeavesTheOthersNotes() {
        String relationshipA = Rows.relationship(entities, siteA);
        String relationshipB = Rows.relationship(entities, siteB);
        note(siteA, relationshipA, "2026-Q4");
        note(siteB, relationshipB, "2026-Q4");
        entities.flush();

        notes.deleteOf(siteB);
        entities.clear();

        assertThat(notes.findByTenantIdAndRelationshipIdAndQuarter(siteB, relationshipB, "2026-Q4")).isEmpty();
        assertThat(notes.findByTenantIdAndRelationshipIdAndQuarter(siteA, relationshipA, "2026-Q4")).isPresent();
    }

    private void note(TenantId site, String relationshipId, String quarter) {
        SponsorNote note = new SponsorNote(site, relationshipId, quarter);
        note.write("on track", "557058:sophie", Rows.NOW);
        entities.persist(note);
    }

}
