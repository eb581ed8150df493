package com.icr.privacy;

import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Atlassian's personal data reporting API as a front door reaches it for a site. The
 * doors are asked in their order; the first that has the site answers.
 */
public interface AccountReporting {

    /**
     * Reports at most {@link PrivacyManagement#BATCH} accounts.
     * @return what Atlassian answered, or empty when this door has no installation on the
     * site
     * @throws com.icr.core.HostUnavailable when Atlassian did not answer or asked to wait
     */
    Optional<AccountReport> report(TenantId tenantId, List<ReportedAccount> accounts);

}
