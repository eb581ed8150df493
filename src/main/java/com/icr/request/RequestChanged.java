package com.icr.request;

import com.icr.request.internal.InternalRequest;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * A request as it is after a change, handed to its {@link RequestFollower}s inside the
 * change's transaction.
 *
 * @param providerId the provider in effect, null unless the issue is an internal request
 * now
 * @param resolvedAt the resolution as of the latest event, null while the issue is open
 * @param seenResolution the resolution the event being applied carried, which may be
 * older than {@code
 *                       resolvedAt} when events arrive out of order; null for changes
 * other than issue events
 * @param statusSince when the issue was first seen in its workflow status
 * ({@code statusId}, {@code statusName}), null when no event said
 */
public record RequestChanged(TenantId tenantId, String issueId, String issueKey, String projectKey, String providerId,
        String customerId, String reporter, String assignee, Instant resolvedAt, boolean deleted,
        Instant seenResolution, String statusId, String statusName, Instant statusSince) {

    /** A change whose workflow status nobody said. */
    public RequestChanged(TenantId tenantId, String issueId, String issueKey, String projectKey, String providerId,
            String customerId, String reporter, String assignee, Instant resolvedAt, boolean deleted,
            Instant seenResolution) {
        this(tenantId, issueId, issueKey, projectKey, providerId, customerId, reporter, assignee, resolvedAt, deleted,
                seenResolution, null, null, null);
    }

    static RequestChanged of(InternalRequest request, Instant seenResolution) {
        return new RequestChanged(request.tenantId(), request.issueId(), request.issueKey(), request.projectKey(),
                request.providerId(), request.customerId(), request.reporter(), request.assignee(),
                request.resolvedAt(), request.deleted(), seenResolution, request.statusId(), request.statusName(),
                request.statusSince());
    }

    /**
     * When the issue entered this workflow status (by id, or by name in any case), while
     * it is in it; null otherwise.
     */
    public Instant enteredStatus(String status) {
        boolean in = status != null && (status.equals(statusId) || status.equalsIgnoreCase(statusName));
        return in ? statusSince : null;
    }

    public boolean isInternal() {
        return providerId != null && customerId != null;
    }

    public Optional<Instant> resolutionSeen() {
        return Optional.ofNullable(seenResolution);
    }
}
