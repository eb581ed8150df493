package com.icr.satisfaction;

import com.icr.tenant.TenantId;

/**
 * Sends a notice to people through the site's product (Jira: its notify API, which emails
 * them). Throws {@link com.icr.core.HostUnavailable} with the product's
 * {@code Retry-After} when it is rate limited, for the intake to try again then.
 */
public interface Notifier {

    void send(TenantId tenantId, Notice notice);

}
