package com.icr.request.internal;

import com.icr.intake.DeliveryHandler;
import com.icr.request.IssueTracker;
import com.icr.request.RequestManagement;
import com.icr.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * Works off a notice that an issue changed ({@link RequestManagement#enqueueRefresh}):
 * reads the issue from the tracker (a failure is retried by the intake) and queues it as
 * the change event at its last update, which the issue's events are ordered by; the same
 * update read twice is one delivery. An issue the tracker no longer has is left to its
 * deletion event.
 */
@Component
class IssueRefreshHandler implements DeliveryHandler {

    private final RequestManagement requests;

    private final IssueTracker tracker;

    IssueRefreshHandler(RequestManagement requests, IssueTracker tracker) {
        this.requests = requests;
        this.tracker = tracker;
    }

    @Override
    public String topic() {
        return RequestManagement.REFRESH_TOPIC;
    }

    @Override
    public void handle(TenantId tenantId, String issueId) {
        tracker.issue(tenantId, issueId).ifPresent(event -> requests.enqueue(tenantId, event));
    }

}
