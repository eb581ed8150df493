package com.icr.satisfaction.internal;

import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.IssueSatisfaction;
import com.icr.core.IssueId;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotFound;
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
 * An issue's satisfaction checks and what people do with them. Whoever may browse the issue in Jira reads;
 * who may answer, rate and thank is the check's business ({@link SatisfactionCheck}). A check of an issue the
 * caller cannot browse, or of another site, is not found.
 */
@RestController
class SatisfactionController {

    private static final Pattern CHECK_ID = Pattern.compile("[0-9a-f-]{36}");

    private final CheckViews views;
    private final CheckAnswers answers;
    private final SitePermissions permissions;

    SatisfactionController(CheckViews views, CheckAnswers answers, SitePermissions permissions) {
        this.views = views;
        this.answers = answers;
        this.permissions = permissions;
    }

    @GetMapping("/api/requests/{issueId}/satisfaction")
    IssueSatisfaction get(Caller caller, @PathVariable String issueId) {
        if (!IssueId.isValid(issueId) || !mayBrowse(caller, issueId)) {
            throw new NotFound("Issue " + abbreviated(issueId));
        }
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    @PutMapping("/api/satisfaction/checks/{checkId}/answer")
    IssueSatisfaction answer(Caller caller, @PathVariable String checkId, @RequestBody(required = false) AnswerBody body) {
        String issueId = issueOf(caller, checkId);
        answers.answer(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    @PutMapping("/api/satisfaction/checks/{checkId}/clarity")
    IssueSatisfaction clarity(Caller caller, @PathVariable String checkId, @RequestBody(required = false) ClarityBody body) {
        String issueId = issueOf(caller, checkId);
        answers.rateClarity(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    @PostMapping("/api/satisfaction/checks/{checkId}/thanks")
    @ResponseStatus(HttpStatus.CREATED)
    IssueSatisfaction thank(Caller caller, @PathVariable String checkId, @RequestBody(required = false) ThanksBody body) {
        String issueId = issueOf(caller, checkId);
        answers.thank(caller.tenantId(), checkId, caller.accountId().orElse(null), body);
        return views.of(caller.tenantId(), issueId, caller.accountId().orElse(null));
    }

    private String issueOf(Caller caller, String checkId) {
        NotFound notFound = new NotFound("Satisfaction check " + abbreviated(checkId));
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
