package com.icr.tenant;

/**
 * What the domain asks of the site's host about a person: do they administer the site, and what may they
 * do with one issue. Implemented by the product adapter ({@code jira.JiraPermissions}), by the preview for
 * its demo site. Never called inside a transaction: the answer may come over the network.
 */
public interface SitePermissions {

    boolean isAdministrator(Caller caller);

    /** Whether the caller administers the site, may browse the issue and may edit it. */
    IssueAccess issueAccess(Caller caller, String issueId);
}
