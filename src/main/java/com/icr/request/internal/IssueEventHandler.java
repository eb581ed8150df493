package com.icr.request.internal;

import com.icr.request.IssueEvent;
import com.icr.request.RequestManagement;
import com.icr.intake.DeliveryHandler;
import com.icr.intake.Payloads;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Works off issue events from the intake: looks up the reporter's groups first when the
 * event needs them (a call to Jira, outside any transaction), then applies the event in
 * one.
 */
@Component
class IssueEventHandler implements DeliveryHandler {

    private final RequestManagement requests;

    private final SitePermissions people;

    private final Payloads json;

    IssueEventHandler(RequestManagement requests, SitePermissions people, Payloads json) {
        this.requests = requests;
        this.people = people;
        this.json = json;
    }

    @Override
    public String topic() {
        return RequestManagement.EVENT_TOPIC;
    }

    @Override
    public void handle(TenantId tenantId, String payload) {
        IssueEvent event = json.read(payload, IssueEvent.class);
        Optional<String> reporter = requests.reporterToLookUp(tenantId, event);
        List<String> groups = reporter.map(r -> people.groupsOf(tenantId, r)).orElse(null);
        if (requests.apply(tenantId, event, reporter.orElse(null), groups)) {
            // applied, but the groups it needs changed meanwhile: the intake tries again
            // shortly
            throw new OptimisticLockingFailureException(
                    "issue " + event.issueId() + " needs its reporter's groups looked up again");
        }
    }

}
