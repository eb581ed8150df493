package com.icr.tenant.internal;

import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstallationRepository extends JpaRepository<Installation, String> {

    /**
     * The one lookup that cannot take a tenant: it is how a signed request's client key
     * finds its tenant.
     */
    public Optional<Installation> findByClientKey(String clientKey);

    public List<Installation> findByTenantId(TenantId tenantId);

    /**
     * Sites none of whose installations is installed, and whose last uninstall is older
     * than the cutoff.
     */
    @Query("select i.tenantId from Installation i group by i.tenantId "
            + "having sum(case when i.installed = true then 1 else 0 end) = 0 and max(i.uninstalledAt) < :cutoff")
    public List<TenantId> findTenantsUninstalledBefore(Instant cutoff);

    public void deleteByTenantId(TenantId tenantId);

}
