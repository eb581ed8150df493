package com.icr.request.internal;

import com.icr.request.DeclineReason;
import com.icr.relationship.AgreementView;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.Standing;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An issue as the panel, the context and the API show it. */
@Schema(name = "Request")
public record RequestView(String issueId, @Schema(nullable = true) String issueKey, RequestState state,
        @Schema(nullable = true) String explanation, @Schema(nullable = true) DepartmentRef provider,
        @Schema(nullable = true, allowableValues = {
                "project", "component", "corrected" }) String providerSource,
        @Schema(nullable = true) DepartmentRef customer,
        @Schema(nullable = true, allowableValues = { "reporter-groups", "corrected" }) String customerSource,
        @Schema(nullable = true) String reporterAccountId, @Schema(nullable = true) String assigneeAccountId,
        @Schema(nullable = true) RelationshipSummary relationship, Service service,
        @Schema(nullable = true) DecisionView decision, List<DecisionView> history, Viewer viewer,
        List<ReasonOption> declineReasons, Instant now){

    /** The same request for another viewer at another moment (whose clocks run on). */
    RequestView seenBy(Viewer who, Service clocks, Instant at) {
        return new RequestView(issueId, issueKey, state, explanation, provider, providerSource, customer,
                customerSource, reporterAccountId, assigneeAccountId, relationship, clocks, decision, history, who,
                declineReasons, at);
    }

    /**
     * The relationship between the two departments and its agreed agreement (null until
     * one is agreed).
     */
    @Schema(name = "RequestRelationship")
    public record RelationshipSummary(String id, Standing standing, @Schema(nullable = true) AgreementView agreement) {
    }

    @Schema(name = "RequestService")
    public record Service(ServiceClock firstResponse, ServiceClock resolution) {
    }

    @Schema(name = "RequestViewer")
    public record Viewer(@Schema(nullable = true) String accountId, boolean canDecide, boolean canCorrect) {
    }

    @Schema(name = "DeclineReasonOption")
    public record ReasonOption(DeclineReason key, String label) {
    }
}
