package com.icr.request;

import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Published inside the transaction of every change to a request, so that later modules (satisfaction checks)
 * change their own rows in the same transaction: either both are written or neither. A listener that changes
 * what the issue's summary says reports it with {@link #satisfaction}, and the request raises its revision
 * once for both.
 *
 * @param providerId     the provider in effect, null unless the issue is an internal request now
 * @param resolvedAt     the resolution as of the latest event, null while the issue is open
 * @param resolutionSeen the resolution the event being applied carried, which may be older than {@code
 *                       resolvedAt} when events arrive out of order; null for changes other than issue events
 */
public final class RequestChanged {

    private final TenantId tenantId;
    private final String issueId;
    private final String issueKey;
    private final String projectKey;
    private final String providerId;
    private final String customerId;
    private final String reporter;
    private final String assignee;
    private final Instant resolvedAt;
    private final boolean deleted;
    private final Instant resolutionSeen;
    private String satisfaction;

    RequestChanged(InternalRequest request, Instant resolutionSeen) {
        this.tenantId = request.tenantId();
        this.issueId = request.issueId();
        this.issueKey = request.issueKey();
        this.projectKey = request.projectKey();
        this.providerId = request.providerId();
        this.customerId = request.customerId();
        this.reporter = request.reporter();
        this.assignee = request.assignee();
        this.resolvedAt = request.resolvedAt();
        this.deleted = request.deleted();
        this.resolutionSeen = resolutionSeen;
    }

    /** What the issue's satisfaction says now, in a form that differs whenever its summary does. */
    public void satisfaction(String key) {
        this.satisfaction = key;
    }

    Optional<String> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    public boolean isInternal() {
        return providerId != null && customerId != null;
    }

    public TenantId tenantId() { return tenantId; }
    public String issueId() { return issueId; }
    public String issueKey() { return issueKey; }
    public String projectKey() { return projectKey; }
    public String providerId() { return providerId; }
    public String customerId() { return customerId; }
    public String reporter() { return reporter; }
    public String assignee() { return assignee; }
    public Instant resolvedAt() { return resolvedAt; }
    public boolean deleted() { return deleted; }
    public Optional<Instant> resolutionSeen() { return Optional.ofNullable(resolutionSeen); }
}
