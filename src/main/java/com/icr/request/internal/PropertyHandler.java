package com.icr.request.internal;

import com.icr.request.IssueTracker;
import com.icr.request.RequestManagement;
import com.icr.intake.DeliveryHandler;
import com.icr.intake.Payloads;
import com.icr.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * Writes an issue's entity property from the outbox. An entry older than the request's
 * current summary is skipped: a newer entry is queued and writes the same property with
 * newer content.
 */
@Component
class PropertyHandler implements DeliveryHandler {

    private final RequestManagement requests;

    private final RequestSummaries summaries;

    private final IssueTracker tracker;

    private final Payloads json;

    PropertyHandler(RequestManagement requests, RequestSummaries summaries, IssueTracker tracker, Payloads json) {
        this.requests = requests;
        this.summaries = summaries;
        this.tracker = tracker;
        this.json = json;
    }

    @Override
    public String topic() {
        return RequestManagement.PROPERTY_TOPIC;
    }

    @Override
    public void handle(TenantId tenantId, String payload) {
        RequestManagement.PropertyWrite write = json.read(payload, RequestManagement.PropertyWrite.class);
        requests.find(tenantId, write.issueId())
            .filter(r -> !r.deleted() && r.summaryRevision() == write.revision())
            .map(summaries::summaryOf)
            .ifPresent(summary -> tracker.publish(tenantId, write.issueId(), summary));
    }

}
