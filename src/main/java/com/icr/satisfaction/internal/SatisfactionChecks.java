package com.icr.satisfaction.internal;

import com.icr.core.ConflictingState;
import com.icr.core.NotFound;
import com.icr.intake.Intake;
import com.icr.intake.Payloads;
import com.icr.request.JqlVerdict;
import com.icr.request.RequestChanged;
import com.icr.request.RequestFollower;
import com.icr.request.RequestManagement;
import com.icr.request.SatisfactionResults;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.icr.relationship.MatrixFigures.Pair;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A check's life: opened by the request's changes (in their transaction), asked, reminded
 * and expired by scheduled deliveries of the intake. Each step changes the check under
 * its version and queues what follows in the same transaction, so that a step run twice
 * (a node died after it, before the intake knew) or on two nodes at once takes effect
 * once: the second finds the step done, or loses on the version and finds it done when
 * the intake retries it.
 */
@Service
public class SatisfactionChecks implements SatisfactionResults, RequestFollower {

    static final String ASK = "check-ask";
    static final String REMIND = "check-remind";
    static final String EXPIRE = "check-expire";

    private final CheckRepository checks;

    private final Policies policies;

    private final NoticeOutbox notices;

    private final RequestManagement requests;

    private final Intake intake;

    private final Payloads json;

    private final Questionnaires questionnaires;

    private final Clock clock;

    SatisfactionChecks(CheckRepository checks, Policies policies, NoticeOutbox notices, RequestManagement requests,
            Intake intake, Payloads json, Questionnaires questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.checks = checks;
        this.policies = policies;
        this.notices = notices;
        this.requests = requests;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    /** What a scheduled delivery carries: the check it is for. */
    record Job(String checkId) {
    }

    /**
     * Opens a check for every resolution the change shows that has none, then lets every
     * check of the issue follow the change. A check for a resolution older than the
     * issue's current state is opened too, and cancelled or closed at once: the outcome
     * does not depend on the order the events came in.
     */
    @Override
    public Optional<String> follow(RequestChanged change) {
        List<SatisfactionCheck> known = checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(change.tenantId(),
                change.issueId());
        boolean mayOpen = change.isInternal() && (!known.isEmpty() || change.resolvedAt() != null
                || change.resolutionSeen().isPresent() || change.statusSince() != null);
        if (known.isEmpty() && !mayOpen) {
            return Optional.empty(); // the common case, an issue that is not (or not yet)
                                     // a resolved internal request: one select
        }
        SatisfactionPolicy policy = mayOpen ? policies.of(change.tenantId()) : null;
        // what opens a check: each resolution seen, or entering the policy's status
        List<Instant> resolutions = policy == null ? List.of()
                : (policy.trigger() == SatisfactionCheck.Trigger.STATUS ? Stream.ofNullable(policy.triggeredAt(change))
                        : Stream.concat(change.resolutionSeen().stream(), Stream.ofNullable(change.resolvedAt())))
                    .distinct()
                    .filter(r -> known.stream().noneMatch(c -> c.resolvedAt().equals(r)))
                    .toList();
        if (known.isEmpty() && resolutions.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<SatisfactionCheck> all = new ArrayList<>(known);
        if (change.isInternal() && !resolutions.isEmpty()) {
            if (policy.takesPart(change.projectKey())) {
                for (Instant resolution : resolutions) {
                    all.add(opened(new SatisfactionCheck(change, resolution, policy, now), change, now));
                }
            }
        }
        known.forEach(check -> check.follow(change, now));
        return Optional.ofNullable(keyOf(all));
    }

    private SatisfactionCheck opened(SatisfactionCheck check, RequestChanged change, Instant now) {
        check
            .useQuestionnaire(questionnaires.inForce(check.tenantId(), new Pair(check.providerId(), check.customerId()))
                .orElse(null));
        SatisfactionCheck opened = checks.save(check);
        // a filter is Jira's to match: the ask job asks it, outside this transaction
        if (opened.isDue(now) && opened.askedMode() == Asked.REPORTER && opened.jqlFilter() == null) {
            asked(opened, Stream.ofNullable(change.reporter()).toList(), now);
        }
        else if (opened.status() == SatisfactionCheck.Status.SCHEDULED) {
            schedule(opened, ASK, opened.askAt());
        }
        return opened;
    }

    /**
     * "Ask now": a check of the internal request opened now by its provider's side (the
     * caller made sure of who asks), under the policy in force, unless one of the issue's
     * checks is still to be asked or waits for answers: one check at a time.
     */
    @Transactional
    public void askNow(TenantId tenantId, String issueId) {
        RequestChanged request = requests.current(tenantId, issueId)
            .filter(r -> !r.deleted())
            .orElseThrow(() -> new NotFound("not-found.issue", issueId));
        if (!request.isInternal()) {
            throw new ConflictingState("conflict.ask-now-not-internal");
        }
        List<SatisfactionCheck> known = checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(tenantId, issueId);
        if (known.stream().anyMatch(SatisfactionCheck::isLive)) {
            throw new ConflictingState("conflict.ask-now-check-open");
        }
        SatisfactionPolicy policy = policies.of(tenantId);
        if (!policy.takesPart(request.projectKey())) {
            throw new ConflictingState("conflict.ask-now-not-in-policy");
        }
        Instant now = clock.instant();
        changed(opened(SatisfactionCheck.askedNow(request, policy, now), request, now));
    }

    /**
     * What the ask job needs before it calls the tracker: the check, while it is still to
     * be asked.
     */
    @Transactional(readOnly = true)
    public Optional<ToAsk> toAsk(TenantId tenantId, String checkId) {
        return checks.findByIdAndTenantId(checkId, tenantId)
            .filter(c -> c.isDue(clock.instant()))
            .map(c -> new ToAsk(c.issueId(), c.askedMode(), c.reporter(), c.customerId(), c.jqlFilter()));
    }

    record ToAsk(String issueId, Asked mode, String reporter, String customerId, String jqlFilter) {
    }

    /**
     * The issue did not match the check's filter, or Jira rejected the filter: nobody is
     * asked; a rejection is kept on the policy for its administrators.
     */
    @Transactional
    public void filteredOut(TenantId tenantId, String checkId, JqlVerdict verdict) {
        checks.findByIdAndTenantId(checkId, tenantId).filter(c -> c.isDue(clock.instant())).ifPresent(check -> {
            Instant now = clock.instant();
            if (check.filteredOut(verdict.rejected(), now)) {
                if (verdict.rejected()) {
                    policies.filterRejected(tenantId, check.jqlFilter(), verdict.errors(),
                            check.issueKey() == null ? check.issueId() : check.issueKey(), now);
                }
                changed(check);
            }
        });
    }

    /** Asks these people, unless the check was asked (or cancelled) meanwhile. */
    @Transactional
    public void ask(TenantId tenantId, String checkId, List<String> accounts) {
        checks.findByIdAndTenantId(checkId, tenantId).filter(c -> c.isDue(clock.instant())).ifPresent(check -> {
            asked(check, accounts, clock.instant());
            changed(check);
        });
    }

    private void asked(SatisfactionCheck check, List<String> accounts, Instant now) {
        if (check.ask(accounts, now)) {
            notices.asked(check);
            if (check.remindAt() != null) {
                schedule(check, REMIND, check.remindAt());
            }
            schedule(check, EXPIRE, check.expiresAt());
        }
    }

    /** The reminder, once, to the people who have not answered. */
    @Transactional
    public void remind(TenantId tenantId, String checkId) {
        checks.findByIdAndTenantId(checkId, tenantId).ifPresent(check -> {
            List<String> stillToAnswer = check.remind(clock.instant());
            if (!stillToAnswer.isEmpty()) {
                notices.reminded(check, stillToAnswer);
                checks.saveAndFlush(check);
            }
        });
    }

    @Transactional
    public void expire(TenantId tenantId, String checkId) {
        checks.findByIdAndTenantId(checkId, tenantId).filter(c -> c.expire(clock.instant())).ifPresent(this::changed);
    }

    /**
     * A check changed outside a request change: saved now (its version decides a race),
     * the issue's summary follows.
     */
    void changed(SatisfactionCheck check) {
        checks.saveAndFlush(check);
        requests.satisfactionChanged(check.tenantId(), check.issueId(),
                keyOf(checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(check.tenantId(), check.issueId())));
    }

    private void schedule(SatisfactionCheck check, String topic, Instant due) {
        intake.recordAt(check.tenantId(), topic + ":" + check.id(), topic, json.write(new Job(check.id())), due);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Result> resultOf(TenantId tenantId, String issueId) {
        return current(checks.findByTenantIdAndIssueIdOrderByResolvedAtDesc(tenantId, issueId))
            .map(c -> new Result(c.state(), c.averageRating(), c.worstMet() == null ? null : c.worstMet().key()));
    }

    /**
     * The issue's latest check that was not cancelled: the one its panel and its summary
     * speak of.
     */
    static Optional<SatisfactionCheck> current(List<SatisfactionCheck> checks) {
        return checks.stream()
            .filter(c -> c.status() != SatisfactionCheck.Status.CANCELLED)
            .max(Comparator.comparing(SatisfactionCheck::resolvedAt));
    }

    private static String keyOf(List<SatisfactionCheck> checks) {
        return current(checks).map(c -> c.state() + "|" + c.averageRating() + "|" + c.worstMet()).orElse(null);
    }

    @EventListener
    void purge(SitePurging event) {
        checks.deleteAnswersOf(event.tenantId());
        checks.deleteChecksOf(event.tenantId());
        policies.purge(event.tenantId());
        questionnaires.purge(event.tenantId());
    }

}
