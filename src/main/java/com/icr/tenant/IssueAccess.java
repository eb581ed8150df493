package com.icr.tenant;

/** What a user may do with one Jira issue, and whether they administer the site's Jira. */
public record IssueAccess(boolean administrator, boolean browse, boolean edit) {

    public static final IssueAccess NONE = new IssueAccess(false, false, false);
}
