package com.icr.jira;

import com.icr.tenant.TenantId;
import java.util.Optional;

/**
 * How this adapter reaches a site's Jira; the front door the site came through provides
 * it (Connect: calls signed with the installation's shared secret). Empty when the site
 * has no Jira installed.
 */
public interface JiraConnections {

    Optional<JiraConnection> jiraOf(TenantId tenantId);

}
