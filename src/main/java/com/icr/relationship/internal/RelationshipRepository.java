package com.icr.relationship.internal;

import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RelationshipRepository extends JpaRepository<Relationship, String> {

    public Optional<Relationship> findByTenantIdAndId(TenantId tenantId, String id);

    public Optional<Relationship> findByTenantIdAndProviderIdAndCustomerId(TenantId tenantId, String providerId,
            String customerId);

    public List<Relationship> findByTenantId(TenantId tenantId);

    /**
     * These relationships with their agreement versions, in one query (an import's
     * batch).
     */
    @Query("select distinct r from Relationship r left join fetch r.versions where r.tenantId = :tenantId and r.id in :ids")
    public List<Relationship> findWithVersions(TenantId tenantId, java.util.Collection<String> ids);

    @Query("select count(r) > 0 from Relationship r where r.tenantId = :tenantId and (r.providerId = :departmentId or r.customerId = :departmentId)")
    public boolean refersTo(TenantId tenantId, String departmentId);

}
