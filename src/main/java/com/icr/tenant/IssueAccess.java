package com.icr.tenant;

/** Whether a user may see one Jira issue, and whether they administer the site's Jira. */
public record IssueAccess(boolean administrator, boolean browse) {

    public static final IssueAccess NONE = new IssueAccess(false, false);

}
