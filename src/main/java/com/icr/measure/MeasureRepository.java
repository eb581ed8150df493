package com.icr.measure;

import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, String> {

    Optional<Measure> findByTenantIdAndId(TenantId tenantId, String id);

    List<Measure> findByTenantIdOrderByName(TenantId tenantId);

    List<Measure> findByTenantIdAndRelationshipIdInOrderByName(TenantId tenantId, Collection<String> relationshipIds);

    @Modifying
    @Query("update Measure m set m.objectiveId = null where m.tenantId = :tenantId and m.objectiveId = :objectiveId")
    void unlinkObjective(TenantId tenantId, String objectiveId);

    /** The values go with their measures (the foreign key cascades). */
    @Modifying
    @Query("delete from Measure m where m.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
