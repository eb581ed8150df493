package com.icr.tenant;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, String> {

    default Optional<Site> findByTenantId(TenantId tenantId) {
        return findById(tenantId.value());
    }

    default void deleteByTenantId(TenantId tenantId) {
        deleteById(tenantId.value());
    }

    /** How a new installation finds the site it belongs to; see {@link TenantManagement#register}. */
    Optional<Site> findByUrl(String url);
}
