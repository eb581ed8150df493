package com.icr.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the domain asks of the site's host about a person: do they administer the site,
 * what may they do with one issue, which groups are they in (the groups say which
 * departments they belong to). Implemented by the product adapter
 * ({@code jira.JiraPermissions}), by the preview for its demo site. Never called inside a
 * transaction: the answer may come over the network.
 */
public interface SitePermissions {

    boolean isAdministrator(Caller caller);

    /**
     * Whether the caller administers the site and may browse the issue. For the issue the
     * caller's token names ({@link Caller#openedOn}) the host already said they may: only
     * the administrator question remains.
     */
    IssueAccess issueAccess(Caller caller, String issueId);

    /**
     * Of these issues, the ones the caller may browse: for a list that names issues (the
     * yes/no tab, a department's thanks, the review), so the reader learns nothing of the
     * others. All the issues not known yet cost one call to the host together, never one
     * per issue; none for a caller without a user.
     */
    Set<String> browsable(Caller caller, Collection<String> issueIds);

    /**
     * The names of the groups an account belongs to; none for an account the host does
     * not know.
     */
    List<String> groupsOf(TenantId tenantId, String accountId);

}
