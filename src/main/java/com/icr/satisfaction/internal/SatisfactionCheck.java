package com.icr.satisfaction.internal;

import com.icr.satisfaction.Met;
import com.icr.request.RequestChanged;
import com.icr.tenant.TenantId;
import com.icr.core.ConflictingState;
import com.icr.core.NotPermitted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * One satisfaction check: a resolution of an internal request, identified by its issue
 * and resolution time, so that the same resolution seen twice (a retried or duplicated
 * webhook) is one check, and resolve, reopen, resolve is two. The rules (README,
 * "Satisfaction checks"):
 * <ul>
 * <li>reopening cancels a check nobody answered; an answered one stays, closed, and is
 * marked superseded once the issue is resolved again;</li>
 * <li>deleting the issue cancels its checks, answered ones too: a deleted issue counts
 * nowhere;</li>
 * <li>cancelled is final.</li>
 * </ul>
 * The policy in force when the check opened (who is asked, reminder, expiry) stays with
 * it.
 */
@Entity
@Table(name = "satisfaction_check")
class SatisfactionCheck {

    static final Duration CORRECTION = Duration.ofHours(24);
    static final int MAX_ASKED = 25;

    enum Status {

        SCHEDULED, OPEN, CLOSED, CANCELLED

    }

    enum CancelReason {

        REOPENED, DELETED, NOT_INTERNAL, NOBODY_TO_ASK,

        /** The issue did not match the policy's JQL filter when the check was due. */
        FILTERED,

        /** Jira rejected the policy's JQL filter when the check was due. */
        FILTER_REJECTED

    }

    /**
     * What opened the check: the issue's resolution, or the provider asking now from the
     * issue panel (its time stands in for the resolution's).
     */
    enum Trigger {

        RESOLUTION, STATUS, ASK_NOW

    }

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "issue_id", nullable = false)
    private String issueId;

    @Column(name = "issue_key")
    private String issueKey;

    @Column(name = "resolved_at", nullable = false)
    private Instant resolvedAt;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "reporter_account_id")
    private String reporter;

    @Column(name = "assignee_account_id")
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancelReason cancelReason;

    @Column(nullable = false)
    private boolean superseded;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private Trigger trigger = Trigger.RESOLUTION;

    /** The workflow status a check of trigger STATUS was opened for. */
    @Column(name = "trigger_status")
    private String triggerStatus;

    /**
     * The policy's JQL filter when the check opened: asked only if the issue matches it.
     */
    @Column(name = "jql_filter")
    private String jqlFilter;

    @Enumerated(EnumType.STRING)
    @Column(name = "asked_mode", nullable = false)
    private Asked askedMode;

    @Column(name = "clarity_asked", nullable = false)
    private boolean clarityAsked;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "reminder_days")
    private Integer reminderDays;

    @Column(name = "ask_at", nullable = false)
    private Instant askAt;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "asked_accounts")
    private String askedAccounts;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "clarity_by")
    private String clarityBy;

    @Column(name = "clarity_rating")
    private Integer clarityRating;

    @Column(name = "clarity_comment")
    private String clarityComment;

    @Column(name = "clarity_at")
    private Instant clarityAt;

    /**
     * The questionnaire version in force when the check opened; null: the built-in one.
     */
    @Column(name = "questionnaire_id")
    private String questionnaireId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "check_id", nullable = false)
    private List<CheckAnswer> answers = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SatisfactionCheck() {
    }

    /**
     * A check for a resolution, asked after the policy's delay from the resolution (at
     * once if that is past); without a delay, at once, whatever Jira's clock said.
     */
    SatisfactionCheck(RequestChanged request, Instant resolvedAt, SatisfactionPolicy policy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = request.tenantId();
        this.issueId = request.issueId();
        this.resolvedAt = resolvedAt;
        this.trigger = policy.trigger();
        this.triggerStatus = policy.triggerStatus();
        this.jqlFilter = policy.jqlFilter();
        this.status = Status.SCHEDULED;
        this.askedMode = policy.asked();
        this.clarityAsked = policy.clarity();
        this.expiryDays = policy.expiryDays();
        this.reminderDays = policy.reminderDays();
        Instant due = resolvedAt.plus(policy.delay());
        this.askAt = policy.delay().isZero() || due.isBefore(now) ? now : due;
        this.createdAt = now;
        follow(request, now);
    }

    /**
     * A check the provider asked for now, whatever the issue's resolution: asked at once,
     * under the policy in force, and left alone by reopening and resolving.
     */
    static SatisfactionCheck askedNow(RequestChanged request, SatisfactionPolicy policy, Instant now) {
        SatisfactionCheck check = new SatisfactionCheck();
        check.id = UUID.randomUUID().toString();
        check.tenantId = request.tenantId();
        check.issueId = request.issueId();
        check.resolvedAt = now;
        check.trigger = Trigger.ASK_NOW;
        check.status = Status.SCHEDULED;
        check.askedMode = policy.asked();
        check.clarityAsked = policy.clarity();
        check.expiryDays = policy.expiryDays();
        check.reminderDays = policy.reminderDays();
        check.askAt = now;
        check.createdAt = now;
        check.follow(request, now);
        return check;
    }

    /** Whether the check is still to be asked or waits for answers. */
    boolean isLive() {
        return status == Status.SCHEDULED || status == Status.OPEN;
    }

    /**
     * The request changed: follows its departments and people while the check is live,
     * and applies the rules of reopening, resolving again and deleting.
     * @return whether this check changed in a way its issue's summary shows
     */
    boolean follow(RequestChanged request, Instant now) {
        if (status == Status.CANCELLED) {
            return false;
        }
        if (request.deleted()) {
            return cancel(CancelReason.DELETED, now);
        }
        if (!request.isInternal()) {
            return answers.isEmpty() ? cancel(CancelReason.NOT_INTERNAL, now) : close(now);
        }
        boolean moved = !Objects.equals(issueKey, request.issueKey())
                || !Objects.equals(providerId, request.providerId())
                || !Objects.equals(customerId, request.customerId());
        issueKey = request.issueKey();
        providerId = request.providerId();
        customerId = request.customerId();
        // what opened the check, as the issue is now: its resolution, or its entering the
        // chosen status (null once it left it)
        Instant triggered = trigger == Trigger.STATUS ? request.enteredStatus(triggerStatus) : request.resolvedAt();
        if (trigger == Trigger.ASK_NOW || resolvedAt.equals(triggered)) {
            if (status == Status.SCHEDULED) {
                moved |= !Objects.equals(reporter, request.reporter()) || !Objects.equals(assignee, request.assignee());
                reporter = request.reporter();
                assignee = request.assignee();
            }
            if (moved) {
                updatedAt = now; // a redelivered event changes nothing, not even the
                                 // version an answer is racing
            }
            return false;
        }
        // reopened (no resolution now), or resolved again since: this resolution is not
        // the issue's any more
        if (answers.isEmpty()) {
            return cancel(CancelReason.REOPENED, now);
        }
        boolean laterResolution = triggered != null && triggered.isAfter(resolvedAt);
        boolean changed = close(now) | (laterResolution && !superseded);
        superseded |= laterResolution;
        return changed;
    }

    private boolean cancel(CancelReason reason, Instant now) {
        status = Status.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
        return true;
    }

    private boolean close(Instant now) {
        if (status == Status.CLOSED) {
            return false;
        }
        status = Status.CLOSED;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * The issue did not match the check's filter, or Jira rejected the filter, when the
     * check was due: nobody is asked. Whether it changed (not when it was not scheduled
     * any more).
     */
    boolean filteredOut(boolean rejected, Instant now) {
        return status == Status.SCHEDULED
                && cancel(rejected ? CancelReason.FILTER_REJECTED : CancelReason.FILTERED, now);
    }

    String jqlFilter() {
        return jqlFilter;
    }

    boolean isDue(Instant now) {
        return status == Status.SCHEDULED && !askAt.isAfter(now);
    }

    /**
     * Asks these people now; nobody to ask cancels the check. Whether it was asked (false
     * when it was not scheduled any more: asked already by another node, or cancelled
     * meanwhile).
     */
    boolean ask(List<String> accounts, Instant now) {
        if (status != Status.SCHEDULED) {
            return false;
        }
        List<String> asked = accounts.stream().filter(Objects::nonNull).distinct().limit(MAX_ASKED).toList();
        if (asked.isEmpty()) {
            cancel(CancelReason.NOBODY_TO_ASK, now);
            return false;
        }
        status = Status.OPEN;
        askedAt = now;
        askedAccounts = String.join(",", asked);
        expiresAt = now.plus(Duration.ofDays(expiryDays));
        remindAt = reminderDays == null ? null : now.plus(Duration.ofDays(reminderDays));
        updatedAt = now;
        return true;
    }

    /** The people still to answer, once, when the reminder is due; empty otherwise. */
    List<String> remind(Instant now) {
        if (status != Status.OPEN || remindedAt != null || remindAt == null || remindAt.isAfter(now)) {
            return List.of();
        }
        remindedAt = now;
        updatedAt = now;
        return asked().stream().filter(a -> answerOf(a).isEmpty()).toList();
    }

    /** Whether the person was asked and may still give a first answer. */
    boolean awaits(String accountId) {
        return status == Status.OPEN && asked().contains(accountId) && answerOf(accountId).isEmpty();
    }

    /** Closes the check when its expiry has come; whether it did. */
    boolean expire(Instant now) {
        return status == Status.OPEN && expiresAt != null && !expiresAt.isAfter(now) && close(now);
    }

    /**
     * An asked person's answer, or its correction within a day of the first. The first
     * answer of the last person asked closes the check.
     * @return the answer, and whether it is the first this person gave
     */
    Answered answer(String accountId, Rating rating, Met met, String comment, Instant now) {
        return answer(accountId, Questionnaire.Scale.RATING_5, rating.value(), met, comment, java.util.Map.of(), now);
    }

    /**
     * An answer on the check's questionnaire: the rating on its scale and the extra
     * answers, both checked against it by the caller.
     */
    Answered answer(String accountId, Questionnaire.Scale scale, int rating, Met met, String comment,
            java.util.Map<String, String> extra, Instant now) {
        if (accountId == null || !asked().contains(accountId)) {
            throw new NotPermitted("not-permitted.answer-asked");
        }
        Optional<CheckAnswer> given = answerOf(accountId);
        if (status == Status.CANCELLED) {
            throw new ConflictingState(
                    "conflict.check-cancelled." + cancelReason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (given.isPresent()) {
            if (now.isAfter(given.get().correctableUntil())) {
                throw new ConflictingState("conflict.answer-locked", given.get().answeredAt());
            }
            given.get().change(scale, rating, met, comment, extra, now);
            updatedAt = now;
            return new Answered(given.get(), false);
        }
        if (status != Status.OPEN) {
            throw new ConflictingState(
                    status == Status.SCHEDULED ? "conflict.check-not-asked" : "conflict.check-closed");
        }
        CheckAnswer answer = new CheckAnswer(tenantId, accountId, scale, rating, met, comment, extra, now);
        answers.add(answer);
        if (asked().stream().allMatch(a -> answerOf(a).isPresent())) {
            close(now);
        }
        updatedAt = now;
        return new Answered(answer, true);
    }

    record Answered(CheckAnswer answer, boolean first) {
    }

    /**
     * The assignee's rating of how clear the request was, when the policy asked for it;
     * correctable for a day.
     */
    void rateClarity(String accountId, Rating rating, String comment, Instant now) {
        if (!clarityAsked || accountId == null || !accountId.equals(assignee)) {
            throw new NotPermitted("not-permitted.clarity-assignee");
        }
        if (status == Status.CANCELLED || status == Status.SCHEDULED) {
            throw new ConflictingState(
                    status == Status.CANCELLED ? "conflict.clarity-cancelled" : "conflict.clarity-not-asked");
        }
        if (clarityAt != null && now.isAfter(clarityAt.plus(CORRECTION))) {
            throw new ConflictingState("conflict.clarity-locked", clarityAt);
        }
        if (clarityAt == null) {
            clarityAt = now;
        }
        clarityBy = accountId;
        clarityRating = rating.value();
        clarityComment = comment;
        updatedAt = now;
    }

    Optional<CheckAnswer> answerOf(String accountId) {
        return answers.stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    List<String> asked() {
        return askedAccounts == null || askedAccounts.isEmpty() ? List.of() : Arrays.asList(askedAccounts.split(","));
    }

    /**
     * What people and search see: scheduled, awaiting, answered, expired or cancelled.
     */
    String state() {
        return switch (status) {
            case SCHEDULED -> "scheduled";
            case CANCELLED -> "cancelled";
            case OPEN, CLOSED -> !answers.isEmpty() ? "answered" : (status == Status.OPEN ? "awaiting" : "expired");
        };
    }

    /** Opens the check with the questionnaire in force for its relationship. */
    void useQuestionnaire(String questionnaireVersion) {
        this.questionnaireId = questionnaireVersion;
    }

    String questionnaireId() {
        return questionnaireId;
    }

    /**
     * The average of the answers' ratings on the 1 to 5 scale, as the issue's summary
     * (and JQL) shows it; null when none was given on it (a check asked on 0 to 10 has
     * its NPS in the figures, never a 1 to 5 average).
     */
    Double averageRating() {
        java.util.OptionalDouble average = answers.stream()
            .filter(a -> a.scale() == Questionnaire.Scale.RATING_5)
            .mapToInt(CheckAnswer::rating)
            .average();
        return average.isPresent() ? average.getAsDouble() : null;
    }

    Met worstMet() {
        return answers.stream().map(CheckAnswer::met).reduce(null, (worst, met) -> met.worse(worst));
    }

    String id() {
        return id;
    }

    TenantId tenantId() {
        return tenantId;
    }

    String issueId() {
        return issueId;
    }

    String issueKey() {
        return issueKey;
    }

    Instant resolvedAt() {
        return resolvedAt;
    }

    String providerId() {
        return providerId;
    }

    String customerId() {
        return customerId;
    }

    String reporter() {
        return reporter;
    }

    String assignee() {
        return assignee;
    }

    Status status() {
        return status;
    }

    Trigger trigger() {
        return trigger;
    }

    CancelReason cancelReason() {
        return cancelReason;
    }

    boolean superseded() {
        return superseded;
    }

    Asked askedMode() {
        return askedMode;
    }

    boolean clarityAsked() {
        return clarityAsked;
    }

    Instant askAt() {
        return askAt;
    }

    Instant askedAt() {
        return askedAt;
    }

    Instant remindAt() {
        return remindAt;
    }

    Instant remindedAt() {
        return remindedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String clarityBy() {
        return clarityBy;
    }

    Integer clarityRating() {
        return clarityRating;
    }

    String clarityComment() {
        return clarityComment;
    }

    Instant clarityAt() {
        return clarityAt;
    }

    List<CheckAnswer> answers() {
        return List.copyOf(answers);
    }

}
