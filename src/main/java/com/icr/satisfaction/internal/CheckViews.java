package com.icr.satisfaction.internal;

import com.icr.satisfaction.IssueSatisfaction;
import com.icr.satisfaction.ThanksView;
import com.icr.satisfaction.IssueSatisfaction.AnswerView;
import com.icr.satisfaction.IssueSatisfaction.CheckView;
import com.icr.satisfaction.IssueSatisfaction.ClarityView;
import com.icr.satisfaction.IssueSatisfaction.You;
import com.icr.request.RequestChanged;
import com.icr.request.RequestManagement;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns an issue's stored checks into what its viewer sees and may do. */
@Component
public class CheckViews {

    private final CheckRepository checks;

    private final ThanksRepository thanks;

    private final Policies policies;

    private final RequestManagement requests;

    private final Questionnaires questionnaires;

    private final Clock clock;

    public CheckViews(CheckRepository checks, ThanksRepository thanks, Policies policies, RequestManagement requests,
            Questionnaires questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.requests = requests;
        this.checks = checks;
        this.thanks = thanks;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public IssueSatisfaction of(TenantId tenantId, String issueId, String viewer) {
        return of(tenantId, issueId, viewer, false);
    }

    /**
     * The provider department of an internal request that may be asked now: it has no
     * check to be asked or awaiting answers, and the policy asks its project.
     */
    @Transactional(readOnly = true)
    public Optional<String> askableBy(TenantId tenantId, String issueId) {
        return requests.current(tenantId, issueId)
            .filter(r -> !r.deleted() && r.isInternal() && policies.of(tenantId).takesPart(r.projectKey()))
            .filter(r -> checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(tenantId, issueId)
                .stream()
                .noneMatch(SatisfactionCheck::isLive))
            .map(RequestChanged::providerId);
    }

    /**
     * @param canAskNow whether the viewer may ask now, as the caller found
     */
    @Transactional(readOnly = true)
    public IssueSatisfaction of(TenantId tenantId, String issueId, String viewer, boolean canAskNow) {
        List<SatisfactionCheck> all = checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(tenantId, issueId);
        Optional<SatisfactionCheck> current = SatisfactionChecks.current(all);
        Instant now = clock.instant();
        List<CheckView> history = all.stream().map(c -> view(c, viewer, now)).toList();
        return new IssueSatisfaction(issueId, policies.of(tenantId).clarity(),
                current.flatMap(c -> history.stream().filter(v -> v.id().equals(c.id())).findFirst()).orElse(null),
                history, canAskNow);
    }

    private CheckView view(SatisfactionCheck check, String viewer, Instant now) {
        List<ThanksView> given = thanks.findByTenantIdAndCheckIdOrderByCreatedAt(check.tenantId(), check.id())
            .stream()
            .map(Thanks::view)
            .toList();
        Optional<CheckAnswer> own = viewer == null ? Optional.empty() : check.answerOf(viewer);
        boolean live = check.status() != SatisfactionCheck.Status.CANCELLED;
        boolean asked = viewer != null && check.asked().contains(viewer);
        boolean canAnswer = asked && live && (own.isPresent() ? !now.isAfter(own.get().correctableUntil())
                : check.status() == SatisfactionCheck.Status.OPEN);
        boolean canRateClarity = check.clarityAsked() && viewer != null && viewer.equals(check.assignee()) && live
                && check.status() != SatisfactionCheck.Status.SCHEDULED
                && (check.clarityAt() == null || !now.isAfter(check.clarityAt().plus(SatisfactionCheck.CORRECTION)));
        boolean thanked = viewer != null && given.stream().anyMatch(t -> t.from().equals(viewer));
        boolean canThank = live && own.map(CheckAnswer::isHigh).orElse(false) && !thanked;
        ClarityView clarity = check.clarityRating() == null ? null
                : new ClarityView(check.clarityBy(), check.clarityRating(), check.clarityComment(), check.clarityAt(),
                        check.clarityAt().plus(SatisfactionCheck.CORRECTION));
        return new CheckView(check.id(), check.resolvedAt(),
                check.trigger().name().toLowerCase(Locale.ROOT).replace('_', '-'), check.state(),
                check.cancelReason() == null ? null
                        : check.cancelReason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                check.superseded(), check.askAt(), check.askedAt(), check.remindAt(), check.remindedAt(),
                check.expiresAt(), check.asked(), check.answers().stream().map(CheckViews::view).toList(), clarity,
                given,
                new You(asked, canAnswer, own.map(CheckViews::view).orElse(null), canRateClarity, canThank, thanked),
                questionnaires.viewOf(check.tenantId(), check.questionnaireId()));
    }

    private static AnswerView view(CheckAnswer answer) {
        return new AnswerView(answer.accountId(), answer.rating(), answer.met(), answer.comment(), answer.answeredAt(),
                answer.correctableUntil(), answer.scale().key(), answer.extra());
    }

}
