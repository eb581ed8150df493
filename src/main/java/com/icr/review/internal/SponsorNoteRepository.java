package com.icr.review.internal;

import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SponsorNoteRepository extends JpaRepository<SponsorNote, String> {

    Optional<SponsorNote> findByTenantIdAndRelationshipIdAndQuarter(TenantId tenantId, String relationshipId,
            String quarter);

    List<SponsorNote> findByTenantIdAndQuarterAndRelationshipIdIn(TenantId tenantId, String quarter,
            Collection<String> relationshipIds);

    @Modifying
    @Query("delete from SponsorNote n where n.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
