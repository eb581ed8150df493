package com.icr.request.internal;

import com.icr.core.IssueId;
import com.icr.core.NotFound;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;

/**
 * The door of the request endpoints that name an issue: who cannot browse the issue
 * learns nothing of it, not even that it exists.
 */
final class IssueGate {

    private IssueGate() {
    }

    static IssueAccess access(SitePermissions permissions, Caller caller, String issueId) {
        if (!IssueId.isValid(issueId)) {
            throw notFound(issueId);
        }
        IssueAccess access = permissions.issueAccess(caller, issueId);
        if (!access.browse() && !access.administrator()) {
            throw notFound(issueId);
        }
        return access;
    }

    static NotFound notFound(String issueId) {
        return new NotFound("not-found.issue", issueId.length() > 20 ? issueId.substring(0, 20) + "…" : issueId);
    }

}
