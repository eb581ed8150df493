package com.icr.tenant.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sites by their tenant id, which is their primary key. */
public interface SiteRepository extends JpaRepository<Site, String> {

    /**
     * How a new installation finds the site it belongs to; see
     * {@link TenantManagement#register}.
     */
    Optional<Site> findByUrl(String url);

    /** The site Atlassian names by this cloudId: the same site at any URL. */
    Optional<Site> findByCloudId(String cloudId);

}
