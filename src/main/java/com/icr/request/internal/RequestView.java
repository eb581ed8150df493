package com.icr.request.internal;

import com.icr.relationship.AgreementView;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.Standing;
import java.time.Instant;
import java.util.List;

/** An issue as the panel, the context and the API show it. */
public record RequestView(String issueId, String issueKey, RequestState state, String explanation,
                          DepartmentRef provider, String providerSource, DepartmentRef customer, String customerSource,
                          String reporterAccountId, String assigneeAccountId, RelationshipSummary relationship,
                          Service service, DecisionView decision, List<DecisionView> history, Viewer viewer,
                          List<ReasonOption> declineReasons, Instant now) {

    /** The relationship between the two departments and its agreed agreement (null until one is agreed). */
    public record RelationshipSummary(String id, Standing standing, AgreementView agreement) {
    }

    public record Service(ServiceClock firstResponse, ServiceClock resolution) {
    }

    public record Viewer(String accountId, boolean canDecide, boolean canCorrect) {
    }

    public record ReasonOption(DeclineReason key, String label) {
    }
}
