package com.icr.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.relationship.Side;
import com.icr.review.ItemKind;
import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's review items are its own: by id, newest first, by relationship, and in its
 * purge.
 */
@RepositoryTest
class ReviewItemRepositoryTest {

    @Autowired
    ReviewItemRepository items;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesItemIsFoundNeitherByIdNorInAList() {
        String relationshipA = Rows.relationship(entities, siteA);
        String relationshipB = Rows.relationship(entities, siteB);
        ReviewItem a = item(siteA, relationshipA, 0);
        ReviewItem older = item(siteB, relationshipB, 0);
        ReviewItem newer = item(siteB, relationshipB, 60);
        entities.flush();

        assertThat(items.findByTenantIdAndId(siteA, a.id())).isPresent();
        assertThat(items.findByTenantIdAndId(siteB, a.id())).isEmpty();
        assertThat(items.findByTenantIdOrderByCreatedAtDesc(siteB)).extracting(ReviewItem::id)
            .containsExactly(newer.id(), older.id());
        assertThat(items.findByTenantIdAndRelationshipIdInOrderByCreatedAtDesc(siteB,
                List.of(relationshipA, relationshipB)))
            .extracting(ReviewItem::id)
            .containsExactly(newer.id(), older.id());
    }

    @Test
    void purgingASiteLeavesTheOthersItems() {
        ReviewItem a = item(siteA, Rows.relationship(entities, siteA), 0);
        item(siteB, Rows.relationship(entities, siteB), 0);
        entities.flush();

        items.deleteOf(siteB);
        entities.clear();

        assertThat(items.findByTenantIdOrderByCreatedAtDesc(siteB)).isEmpty();
        assertThat(items.findByTenantIdOrderByCreatedAtDesc(siteA)).extracting(ReviewItem::id).containsExactly(a.id());
    }

    private ReviewItem item(TenantId site, String relationshipId, int seconds) {
        return entities.persist(new ReviewItem(site, relationshipId, Side.CUSTOMER, "sales", ItemKind.FRUSTRATION,
                "slow answers", null, "557058:rita", Rows.NOW.plus(Duration.ofSeconds(seconds))));
    }

}
