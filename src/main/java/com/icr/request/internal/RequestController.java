package com.icr.request.internal;

import com.icr.request.DecisionRequest;
import com.icr.request.IssueEvent;
import com.icr.request.IssueTracker;
import com.icr.request.RequestManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/requests/{issueId}}: what the issue panel and context show, the provider's
 * decision and the departments' correction. Whoever may browse the issue in Jira reads;
 * see {@link RequestView.Viewer} for who may decide and correct. The panel's own issue
 * (the one its context token names) costs no call to Jira but, once per person and a
 * while, whether they administer it; another issue costs the permission check (cached a
 * minute); an issue the app has not heard of, the issue itself.
 */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "requests")
class RequestController {

    private final RequestManagement requests;

    private final RequestSummaries summaries;

    private final IssueTracker tracker;

    private final SitePermissions permissions;

    RequestController(RequestManagement requests, RequestSummaries summaries, IssueTracker tracker,
            SitePermissions permissions) {
        this.requests = requests;
        this.summaries = summaries;
        this.tracker = tracker;
        this.permissions = permissions;
    }

    @Operation(
            summary = "The issue as an internal request: departments, agreement, service target, decision and history (whoever may"
                    + " browse the issue in Jira)",
            description = "An issue the app has not heard of is fetched from Jira and answers state"
                    + " looking-up until its reporter's groups are known; poll again. The issue the caller's context token names costs no call"
                    + " to Jira for its read (Jira renders its panel only for people who may browse it); any other, one permission check.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such issue, or the caller may not browse it")
    @ApiResponse(responseCode = "503", description = "Jira did not answer (or asked to slow down)")
    @GetMapping("/{issueId}")
    RequestView get(Caller caller, @Parameter(description = "Jira's issue id (digits)",
            schema = @Schema(type = "string", pattern = "^\\d{1,18}$")) @PathVariable String issueId) {
        IssueAccess access = IssueGate.access(permissions, caller, issueId);
        String viewer = caller.accountId().orElse(null);
        return summaries.viewOf(caller.tenantId(), issueId, viewer, access).orElseGet(() -> {
            IssueEvent fetched = tracker.issue(caller.tenantId(), issueId)
                .orElseThrow(() -> IssueGate.notFound(issueId));
            try {
                requests.importFetched(caller.tenantId(), fetched);
            }
            catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // The issue's webhook (or another panel) stored it at the same moment:
                // that row stands; read it.
            }
            return summaries.viewOf(caller.tenantId(), issueId, viewer, access)
                .orElseThrow(() -> IssueGate.notFound(issueId));
        });
    }

    @Operation(
            summary = "The provider's yes or no (the assignee, the provider department's lead, the relationship's provider-side"
                    + " owner, Jira administrators); a change keeps the history")
    @ApiResponse(responseCode = "200", description = "Decided")
    @ApiResponse(responseCode = "400", description = "Bad input: the field is named")
    @ApiResponse(responseCode = "404", description = "No such issue")
    @PutMapping("/{issueId}/decision")
    RequestView decide(Caller caller,
            @Parameter(description = "Jira's issue id (digits)",
                    schema = @Schema(type = "string", pattern = "^\\d{1,18}$")) @PathVariable String issueId,
            @RequestBody(required = false) DecisionRequest body) {
        IssueAccess access = IssueGate.access(permissions, caller, issueId);
        String viewer = caller.accountId().orElse(null);
        if (!current(caller, issueId, access).viewer().canDecide()) {
            throw new NotPermitted("not-permitted.decide");
        }
        requests.decide(caller.tenantId(), issueId, body == null ? new DecisionRequest(null, null, null) : body,
                viewer);
        return current(caller, issueId, access);
    }

    @Operation(
            summary = "Correct the provider and customer departments (the reporter, the assignee, the departments' leads, the"
                    + " relationship's owners, Jira administrators); null for either returns to the automatic one")
    @ApiResponse(responseCode = "200", description = "Corrected")
    @ApiResponse(responseCode = "400", description = "Bad input: the field is named")
    @ApiResponse(responseCode = "404", description = "No such issue")
    @PutMapping("/{issueId}/departments")
    RequestView correct(Caller caller,
            @Parameter(description = "Jira's issue id (digits)",
                    schema = @Schema(type = "string", pattern = "^\\d{1,18}$")) @PathVariable String issueId,
            @RequestBody(required = false) DepartmentsCorrection body) {
        IssueAccess access = IssueGate.access(permissions, caller, issueId);
        String viewer = caller.accountId().orElse(null);
        if (!current(caller, issueId, access).viewer().canCorrect()) {
            throw new NotPermitted("not-permitted.correct-departments");
        }
        requests.correct(caller.tenantId(), issueId, body, viewer);
        return current(caller, issueId, access);
    }

    private RequestView current(Caller caller, String issueId, IssueAccess access) {
        return summaries.viewOf(caller.tenantId(), issueId, caller.accountId().orElse(null), access)
            .filter(view -> view.state() != RequestState.DELETED)
            .orElseThrow(() -> IssueGate.notFound(issueId));
    }

}
