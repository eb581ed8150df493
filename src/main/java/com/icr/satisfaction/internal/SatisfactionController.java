package com.icr.satisfaction.internal;

import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.IssueSatisfaction;
import com.icr.core.IssueId;
import com.icr.core.NotPermitted;
import com.icr.department.DepartmentManagement;
import com.icr.department.Member;
import com.icr.request.RequestManagement;
import java.util.Optional;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An issue's satisfaction checks and what people do with them. Whoever may browse the
 * issue in Jira reads; who may answer, rate and thank is the check's business
 * ({@link SatisfactionCheck}). A check of an issue the caller cannot browse, or of
 * another site, is not found.
 */
@RestController
@Tag(name = "satisfaction")
class SatisfactionController {

    private static final Pattern CHECK_ID = Pattern.compile("[0-9a-f-]{36}");

    private final CheckViews views;

    private final CheckAnswers answers;

    private final SitePermissions permissions;

    private final ThanksLedger ledger;

    private final SatisfactionChecks checks;

    private final RequestManagement requests;

    private final DepartmentManagement departments;

    SatisfactionController(CheckViews views, CheckAnswers answers, SitePermissions permissions, ThanksLedger ledger,
            SatisfactionChecks checks, RequestManagement requests, DepartmentManagement departments) {
        this.checks = checks;
        this.requests = requests;
        this.departments = departments;
        this.views = views;
        this.answers = answers;
        this.permissions = permissions;
        this.ledger = ledger;
    }

    @Operation(summary = "An issue's satisfaction checks as the caller sees them, with what the caller may do")
    @ApiResponse(responseCode = "200", description = "The checks, newest resolution first")
    @ApiResponse(responseCode = "404", description = "The caller cannot browse the issue")
    @GetMapping("/api/requests/{issueId}/satisfaction")
    IssueSatisfaction get(Caller caller, @PathVariable String issueId) {
        if (!IssueId.isValid(issueId) || !mayBrowse(caller, issueId)) {
            throw new NotFound("not-found.issue", abbreviated(issueId));
        }
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null), mayAskNow(caller, issueId));
    }

    @Operation(summary = "Ask now: open a satisfaction check of the internal request at once, whatever its resolution"
            + " (someone of the providing department, or an administrator); it asks whom the policy asks")
    @ApiResponse(responseCode = "201", description = "The issue's checks with the new one")
    @ApiResponse(responseCode = "403",
            description = "The caller is not of the providing department nor an administrator")
    @ApiResponse(responseCode = "404", description = "The caller cannot browse the issue, or the app does not know it")
    @ApiResponse(responseCode = "409",
            description = "A check is still to be asked or awaits answers, the issue is not an internal request,"
                    + " or the policy does not ask its project")
    @PostMapping("/api/requests/{issueId}/satisfaction/checks")
    @ResponseStatus(HttpStatus.CREATED)
    IssueSatisfaction askNow(Caller caller, @PathVariable String issueId) {
        if (!IssueId.isValid(issueId) || !mayBrowse(caller, issueId)) {
            throw new NotFound("not-found.issue", abbreviated(issueId));
        }
        String provider = requests.current(caller.tenantId(), issueId)
            .filter(r -> !r.deleted())
            .orElseThrow(() -> new NotFound("not-found.issue", abbreviated(issueId)))
            .providerId();
        Member member = departments.memberOf(caller);
        if (!member.administrator() && (provider == null || !member.belongsTo(provider))) {
            throw new NotPermitted("not-permitted.ask-now");
        }
        checks.askNow(caller.tenantId(), issueId);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null), false);
    }

    /**
     * Asks the host for the caller's groups only when the request could be asked now (the
     * groups are cached).
     */
    private boolean mayAskNow(Caller caller, String issueId) {
        Optional<String> provider = views.askableBy(caller.tenantId(), issueId);
        if (provider.isEmpty() || caller.accountId().isEmpty()) {
            return false;
        }
        Member reader = departments.readerOf(caller);
        return reader.administrator() || reader.belongsTo(provider.get());
    }

    @Operation(summary = "Answer a check, or correct the answer within 24 hours (only the people asked)")
    @ApiResponse(responseCode = "200", description = "The issue's checks after the answer")
    @ApiResponse(responseCode = "400", description = "Bad rating, met or comment; nothing changed")
    @ApiResponse(responseCode = "404", description = "No such check on this site, or the issue cannot be browsed")
    @ApiResponse(responseCode = "409", description = "The check is not open, or the 24 hours are over")
    @PutMapping("/api/satisfaction/checks/{checkId}/answer")
    IssueSatisfaction answer(Caller caller, @PathVariable String checkId,
            @RequestBody(required = false) AnswerBody body) {
        String issueId = issueOf(caller, checkId);
        answers.answer(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    @Operation(
            summary = "Rate how clear the request was (the issue's assignee, when the policy asks for it); correctable within 24 hours")
    @ApiResponse(responseCode = "200", description = "The issue's checks after the rating")
    @ApiResponse(responseCode = "400", description = "Bad rating or comment")
    @ApiResponse(responseCode = "404", description = "No such check")
    @ApiResponse(responseCode = "409", description = "The check is cancelled, not asked yet, or the 24 hours are over")
    @PutMapping("/api/satisfaction/checks/{checkId}/clarity")
    IssueSatisfaction clarity(Caller caller, @PathVariable String checkId,
            @RequestBody(required = false) ClarityBody body) {
        String issueId = issueOf(caller, checkId);
        answers.rateClarity(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    @Operation(
            summary = "Thank the people who did the work (someone who answered 4 or 5 with the expectation met at least partly)")
    @ApiResponse(responseCode = "201", description = "The issue's checks with the thank-you")
    @ApiResponse(responseCode = "400", description = "Message too long")
    @ApiResponse(responseCode = "404", description = "No such check")
    @ApiResponse(responseCode = "409", description = "Thanked already, or nobody to thank")
    @PostMapping("/api/satisfaction/checks/{checkId}/thanks")
    @ResponseStatus(HttpStatus.CREATED)
    IssueSatisfaction thank(Caller caller, @PathVariable String checkId,
            @RequestBody(required = false) ThanksBody body) {
        String issueId = issueOf(caller, checkId);
        ledger.oneAtATime(caller.tenantId(), caller.accountId().orElse(null), () -> {
            answers.thank(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
            return null;
        });
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    private String issueOf(Caller caller, String checkId) {
        NotFound notFound = new NotFound("not-found.check", abbreviated(checkId));
        if (!CHECK_ID.matcher(checkId).matches()) {
            throw notFound;
        }
        String issueId = answers.issueOf(caller.tenantId(), checkId).orElseThrow(() -> notFound);
        if (!mayBrowse(caller, issueId)) {
            throw notFound;
        }
        return issueId;
    }

    private boolean mayBrowse(Caller caller, String issueId) {
        IssueAccess access = permissions.issueAccess(caller, issueId);
        return access.browse() || access.administrator();
    }

    private static String abbreviated(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }

}
