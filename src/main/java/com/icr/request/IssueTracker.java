package com.icr.request;

import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What this module asks of the site's issue tracker (Jira, through the {@code jira}
 * adapter; a Forge front door would bring its own). Implementations honour the tracker's
 * rate limits: they throw {@link com.icr.core.HostUnavailable} with the wait it asked
 * for.
 */
public interface IssueTracker {

    /**
     * The issue as the tracker has it now, as a change event at its last update; empty
     * when it does not exist.
     */
    Optional<IssueEvent> issue(TenantId tenantId, String issueId);

    /** The account ids of the issue's watchers; none when the issue is gone. */
    List<String> watchersOf(TenantId tenantId, String issueId);

    /**
     * Writes the request's public summary where the tracker's search can find it (Jira:
     * an entity property).
     */
    void publish(TenantId tenantId, String issueId, RequestSummary summary);

    /**
     * Whether the issue matches the query, as the tracker's JQL engine decides (Jira: the
     * JQL match API); a query it rejects comes back with its errors, matching nothing.
     */
    JqlVerdict match(TenantId tenantId, String issueId, String jql);

    /**
     * Why the tracker would reject the query (Jira: the JQL parse API); none if it takes
     * it.
     */
    List<String> objectionsTo(TenantId tenantId, String jql);

}
