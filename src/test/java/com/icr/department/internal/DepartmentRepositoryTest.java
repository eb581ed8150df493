package com.icr.department.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.department.DepartmentName;
import com.icr.support.RepositoryTest;
import com.icr.support.Rows;
import com.icr.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * A site's departments are its own: no query of site B returns a row of site A, even
 * under the same name.
 */
@RepositoryTest
class DepartmentRepositoryTest {

    @Autowired
    DepartmentRepository departments;

    @Autowired
    TestEntityManager entities;

    private final TenantId siteA = Rows.site();

    private final TenantId siteB = Rows.site();

    @Test
    void anotherSitesDepartmentIsNotFoundByItsId() {
        String finance = Rows.department(entities, siteA, "Finance");

        assertThat(departments.findByTenantIdAndId(siteA, finance)).isPresent();
        assertThat(departments.findByTenantIdAndId(siteB, finance)).isEmpty();
        assertThat(departments.namesOf(siteB, List.of(finance))).isEmpty();
    }

    @Test
    void theSameNameOnTwoSitesIsTwoDepartments() {
        String financeA = Rows.department(entities, siteA, "Finance");
        String financeB = Rows.department(entities, siteB, "finance ");
        Rows.department(entities, siteA, "Audit");
        entities.flush();

        assertThat(departments.findByTenantIdOrderByNameKey(siteB)).extracting(Department::id)
            .containsExactly(financeB);
        assertThat(departments.findByTenantIdAndNameKey(siteB, Department.keyOf("Finance"))).get()
            .extracting(Department::id)
            .isEqualTo(financeB);
        assertThat(departments.existsByTenantIdAndNameKey(siteB, Department.keyOf("Audit"))).isFalse();
        assertThat(departments.existsByTenantIdAndNameKeyAndIdNot(siteB, Department.keyOf("Finance"), financeB))
            .isFalse();
        assertThat(departments.existsByTenantIdAndNameKeyAndIdNot(siteA, Department.keyOf("Finance"), "other"))
            .isTrue();
        assertThat(departments.namesOf(siteA)).extracting(DepartmentName::id)
            .doesNotContain(financeB)
            .contains(financeA);
        assertThat(departments.namesOf(siteB)).extracting(DepartmentName::id).containsExactly(financeB);
    }

}
