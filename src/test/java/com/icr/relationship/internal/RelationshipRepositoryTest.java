package com.icr.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's relationships are its own: by id, by pair, all of them, and whether one refers
 * to a department.
 */
@RepositoryTest
class RelationshipRepositoryTest {

    @Autowired
    RelationshipRepository relationships;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesRelationshipIsFoundNeitherByIdNorByPairNorInTheList() {
        String providerA = Rows.department(entities, siteA, "Finance");
        String customerA = Rows.department(entities, siteA, "Sales");
        String a = Rows.relationship(entities, siteA, providerA, customerA);
        String b = Rows.relationship(entities, siteB);
        entities.flush();
        entities.clear();

        assertThat(relationships.findByTenantIdAndId(siteA, a)).isPresent();
        assertThat(relationships.findByTenantIdAndId(siteB, a)).isEmpty();
        assertThat(relationships.findByTenantIdAndProviderIdAndCustomerId(siteA, providerA, customerA)).get()
            .extracting(Relationship::id)
            .isEqualTo(a);
        assertThat(relationships.findByTenantIdAndProviderIdAndCustomerId(siteB, providerA, customerA)).isEmpty();
        assertThat(relationships.findByTenantId(siteB)).extracting(Relationship::id).containsExactly(b);
    }

    @Test
    void aDepartmentIsReferredToOnlyByItsOwnSitesRelationships() {
        String providerA = Rows.department(entities, siteA, "Finance");
        String customerA = Rows.department(entities, siteA, "Sales");
        String unrelated = Rows.department(entities, siteA, "Legal");
        Rows.relationship(entities, siteA, providerA, customerA);
        entities.flush();

        assertThat(relationships.refersTo(siteA, providerA)).isTrue();
        assertThat(relationships.refersTo(siteA, customerA)).isTrue();
        assertThat(relationships.refersTo(siteA, unrelated)).isFalse();
        assertThat(relationships.refersTo(siteB, providerA)).isFalse();
    }

}
