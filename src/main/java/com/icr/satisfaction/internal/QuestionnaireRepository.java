package com.icr.satisfaction.internal;

import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<QuestionnaireVersion, String> {

    Optional<QuestionnaireVersion> findByTenantIdAndScopeAndActiveTrue(TenantId tenantId, String scope);

    Optional<QuestionnaireVersion> findByIdAndTenantId(String id, TenantId tenantId);

    List<QuestionnaireVersion> findByTenantIdAndIdIn(TenantId tenantId, Collection<String> ids);

    @Query("select coalesce(max(v.number), 0) from QuestionnaireVersion v where v.tenantId = :tenantId and v.scope = :scope")
    int lastNumber(TenantId tenantId, String scope);

    @Modifying
    @Query("delete from QuestionnaireVersion v where v.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
