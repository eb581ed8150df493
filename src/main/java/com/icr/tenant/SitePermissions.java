package com.icr.tenant;

import java.util.List;

/**
 * What the domain asks of the site's host about a person: do they administer the site, what may they do
 * with one issue, which groups are they in (the groups say which departments they belong to). Implemented by the product adapter ({@code jira.JiraPermissions}), by the preview for
 * its demo site. Never called inside a transaction: the answer may come over the network.
 */
public interface SitePermissions {

    boolean isAdministrator(Caller caller);

    /**
     * Whether the caller administers the site and may browse the issue. For the issue the caller's token names
     * ({@link Caller#openedOn}) the host already said they may: only the administrator question remains.
     */
    IssueAccess issueAccess(Caller caller, String issueId);

    /** The names of the groups an account belongs to; none for an account the host does not know. */
    List<String> groupsOf(TenantId tenantId, String accountId);
}
