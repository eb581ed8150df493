package com.icr.support;

import com.icr.department.DepartmentRequest;
import com.icr.department.internal.Department;
import com.icr.department.internal.DepartmentDraft;
import com.icr.relationship.internal.AgreementTerms;
import com.icr.relationship.internal.Owners;
import com.icr.relationship.internal.Relationship;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/**
 * Rows that other rows refer to (foreign keys), for {@link RepositoryTest}s of other
 * modules.
 */
public final class Rows {

    public static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");

    private Rows() {
    }

    /**
     * A site's id of its own, so that no test sees another's rows, PostgreSQL's kept ones
     * included.
     */
    public static TenantId site() {
        return new TenantId(UUID.randomUUID().toString());
    }

    public static String department(TestEntityManager entities, TenantId tenantId, String name) {
        Department department = new Department(tenantId,
                DepartmentDraft.of(new DepartmentRequest(name, null, null, List.of(), List.of())), NOW);
        entities.persist(department);
        return department.id();
    }

    /** A relationship between two new departments of the site. */
    public static String relationship(TestEntityManager entities, TenantId tenantId) {
        return relationship(entities, tenantId, department(entities, tenantId, "Provider " + UUID.randomUUID()),
                department(entities, tenantId, "Customer " + UUID.randomUUID()));
    }

    public static String relationship(TestEntityManager entities, TenantId tenantId, String providerId,
            String customerId) {
        Relationship relationship = new Relationship(tenantId, providerId, customerId, new Owners(null, null, null),
                AgreementTerms.of(null), "557058:admin", NOW);
        entities.persist(relationship);
        return relationship.id();
    }

}
