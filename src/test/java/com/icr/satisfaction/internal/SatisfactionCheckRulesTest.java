package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.ConflictingState;
import com.icr.core.NotPermitted;
import com.icr.request.RequestChanged;
import com.icr.satisfaction.Met;
import com.icr.satisfaction.internal.SatisfactionCheck.CancelReason;
import com.icr.satisfaction.internal.SatisfactionCheck.Status;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every transition of a satisfaction check, allowed and refused, without Spring:
 * scheduled, open (awaiting), closed (answered or expired), cancelled; who may answer and
 * rate, and for how long.
 */
class SatisfactionCheckRulesTest {

    private static final String REPORTER = "557058:rita";

    private static final String ASSIGNEE = "557058:alan";

    private static final String WATCHER = "557058:wendy";

    private static final Instant RESOLVED = Instant.parse("2026-11-02T10:00:00Z");

    private final TenantId tenant = new TenantId(UUID.randomUUID().toString());

    // ---- opening and asking

    @Test
    void aNewCheckIsScheduledAndWithoutADelayAskedAtOnce() {
        Instant now = RESOLVED.plusSeconds(30);
        SatisfactionCheck check = new SatisfactionCheck(resolved(RESOLVED), RESOLVED,
                SatisfactionPolicy.defaults(tenant), now);

        assertThat(check.status()).isEqualTo(Status.SCHEDULED);
        assertThat(check.state()).isEqualTo("scheduled");
        assertThat(check.askAt()).isEqualTo(now);
        assertThat(check.isDue(now)).isTrue();
        assertThat(check.reporter()).isEqualTo(REPORTER);
        assertThat(check.assignee()).isEqualTo(ASSIGNEE);
    }

    @Test
    void aDelayedCheckIsDueAfterTheDelayFromTheResolutionOrAtOnceWhenThatIsPast() {
        SatisfactionPolicy policy = policy(60, 7, 3, false);

        SatisfactionCheck fresh = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy, RESOLVED.plusSeconds(5));
        assertThat(fresh.askAt()).isEqualTo(RESOLVED.plus(Duration.ofMinutes(60)));
        assertThat(fresh.isDue(RESOLVED.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(fresh.isDue(RESOLVED.plus(Duration.ofMinutes(60)))).isTrue();

        Instant late = RESOLVED.plus(Duration.ofHours(5));
        SatisfactionCheck overdue = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy, late);
        assertThat(overdue.askAt()).isEqualTo(late);
    }

    @Test
    void askingOpensTheCheckForTheDistinctPeopleAskedWithItsReminderAndExpiry() {
        SatisfactionCheck check = scheduled();
        Instant now = RESOLVED.plusSeconds(60);

        assertThat(check.ask(Arrays.asList(REPORTER, null, REPORTER, WATCHER), now)).isTrue();

        assertThat(check.status()).isEqualTo(Status.OPEN);
        assertThat(check.state()).isEqualTo("awaiting");
        assertThat(check.asked()).containsExactly(REPORTER, WATCHER);
        assertThat(check.askedAt()).isEqualTo(now);
        assertThat(check.remindAt()).isEqualTo(now.plus(Duration.ofDays(3)));
        assertThat(check.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(check.isDue(now)).isFalse();
        assertThat(check.awaits(REPORTER)).isTrue();
        assertThat(check.awaits(ASSIGNEE)).isFalse();
    }

    @Test
    void askingIsCappedAtTwentyFivePeople() {
        SatisfactionCheck check = scheduled();
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "557058:p" + i).toList();

        check.ask(many, RESOLVED);

        assertThat(check.asked()).hasSize(SatisfactionCheck.MAX_ASKED);
    }

    @Test
    void aPolicyWithoutReminderSetsNone() {
        SatisfactionCheck check = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(0, 7, null, false),
                RESOLVED);
        check.ask(List.of(REPORTER), RESOLVED);

        assertThat(check.remindAt()).isNull();
        assertThat(check.remind(RESOLVED.plus(Duration.ofDays(6)))).isEmpty();
    }

    @Test
    void nobodyToAskCancelsTheCheck() {
        SatisfactionCheck check = scheduled();

        assertThat(check.ask(Arrays.asList(null, null), RESOLVED)).isFalse();

        assertThat(check.status()).isEqualTo(Status.CANCELLED);
        assertThat(check.cancelReason()).isEqualTo(CancelReason.NOBODY_TO_ASK);
        assertThat(check.state()).isEqualTo("cancelled");
    }

    @Test
    void aCheckIsAskedOnceOnly() {
        SatisfactionCheck check = open(REPORTER);

        assertThat(check.ask(List.of(WATCHER), RESOLVED.plusSeconds(120))).isFalse();

        assertThat(check.asked()).containsExactly(REPORTER);
        assertThat(check.askedAt()).isEqualTo(RESOLVED);
    }

    @Test
    void aCancelledCheckIsNeitherDueNorAsked() {
        SatisfactionCheck check = scheduled();
        check.follow(reopened(), RESOLVED.plusSeconds(10));

        assertThat(check.isDue(RESOLVED.plusSeconds(20))).isFalse();
        assertThat(check.ask(List.of(REPORTER), RESOLVED.plusSeconds(20))).isFalse();
        assertThat(check.status()).isEqualTo(Status.CANCELLED);
    }

    // ---- reminding and expiring

    @Test
    void theReminderGoesOnceWhenDueToThoseWhoHaveNotAnswered() {
        SatisfactionCheck check = open(REPORTER, WATCHER);
        check.answer(WATCHER, new Rating(4), Met.YES, "", RESOLVED.plusSeconds(60));

        assertThat(check.remind(RESOLVED.plus(Duration.ofDays(3)).minusSeconds(1))).isEmpty();
        Instant due = RESOLVED.plus(Duration.ofDays(3));
        assertThat(check.remind(due)).containsExactly(REPORTER);
        assertThat(check.remindedAt()).isEqualTo(due);
        assertThat(check.remind(due.plusSeconds(60))).isEmpty();
    }

    @Test
    void aCheckNotOpenSendsNoReminder() {
        assertThat(scheduled().remind(RESOLVED.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void anOpenCheckExpiresAtItsExpiryUnanswered() {
        SatisfactionCheck check = open(REPORTER);
        Instant expiry = RESOLVED.plus(Duration.ofDays(7));

        assertThat(check.expire(expiry.minusSeconds(1))).isFalse();
        assertThat(check.status()).isEqualTo(Status.OPEN);
        assertThat(check.expire(expiry)).isTrue();

        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.state()).isEqualTo("expired");
        assertThat(check.awaits(REPORTER)).isFalse();
        assertThat(check.expire(expiry.plusSeconds(1))).isFalse();
    }

    @Test
    void aScheduledCheckDoesNotExpire() {
        SatisfactionCheck check = scheduled();

        assertThat(check.expire(RESOLVED.plus(Duration.ofDays(365)))).isFalse();
        assertThat(check.status()).isEqualTo(Status.SCHEDULED);
    }

    @Test
    void anExpiredCheckWithAnAnswerIsAnswered() {
        SatisfactionCheck check = open(REPORTER, WATCHER);
        check.answer(REPORTER, new Rating(2), Met.NO, "", RESOLVED.plusSeconds(60));

        check.expire(RESOLVED.plus(Duration.ofDays(7)));

        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.state()).isEqualTo("answered");
    }

    // ---- answering

    @Test
    void anAnswerIsRecordedAndTheLastPersonsFirstAnswerClosesTheCheck() {
        SatisfactionCheck check = open(REPORTER, WATCHER);

        SatisfactionCheck.Answered first = check.answer(REPORTER, new Rating(4), Met.PARTLY, "ok",
                RESOLVED.plusSeconds(60));
        assertThat(first.first()).isTrue();
        assertThat(check.status()).isEqualTo(Status.OPEN);
        assertThat(check.state()).isEqualTo("answered");
        assertThat(check.awaits(REPORTER)).isFalse();

        check.answer(WATCHER, new Rating(2), Met.NO, "", RESOLVED.plusSeconds(120));
        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.averageRating()).isEqualTo(3.0);
        assertThat(check.worstMet()).isEqualTo(Met.NO);
    }

    @Test
    void onlyThePeopleAskedMayAnswer() {
        SatisfactionCheck check = open(REPORTER);

        assertThatThrownBy(() -> check.answer(ASSIGNEE, new Rating(5), Met.YES, "", RESOLVED))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> check.answer(null, new Rating(5), Met.YES, "", RESOLVED))
            .isInstanceOf(NotPermitted.class);
        assertThat(check.answers()).isEmpty();
    }

    @Test
    void aScheduledCheckTakesNoAnswerFromAnyone() {
        SatisfactionCheck check = scheduled();

        assertThatThrownBy(() -> check.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED))
            .isInstanceOf(NotPermitted.class);
        assertThat(check.answers()).isEmpty();
    }

    @Test
    void anAnswerCanBeCorrectedForADayEvenAfterTheCheckClosed() {
        SatisfactionCheck check = open(REPORTER);
        Instant answered = RESOLVED.plusSeconds(60);
        check.answer(REPORTER, new Rating(2), Met.NO, "slow", answered);
        assertThat(check.status()).isEqualTo(Status.CLOSED);

        SatisfactionCheck.Answered corrected = check.answer(REPORTER, new Rating(4), Met.YES, "fine after all",
                answered.plus(SatisfactionCheck.CORRECTION));

        assertThat(corrected.first()).isFalse();
        assertThat(check.answers()).hasSize(1);
        assertThat(check.answerOf(REPORTER).orElseThrow().rating()).isEqualTo(4);
        assertThat(check.answerOf(REPORTER).orElseThrow().met()).isEqualTo(Met.YES);
        assertThat(check.answerOf(REPORTER).orElseThrow().answeredAt()).isEqualTo(answered);
    }

    @Test
    void aCorrectionAfterADayIsRefused() {
        SatisfactionCheck check = open(REPORTER);
        Instant answered = RESOLVED.plusSeconds(60);
        check.answer(REPORTER, new Rating(2), Met.NO, "slow", answered);

        assertThatThrownBy(() -> check.answer(REPORTER, new Rating(5), Met.YES, "",
                answered.plus(SatisfactionCheck.CORRECTION).plusSeconds(1)))
            .isInstanceOf(ConflictingState.class);
        assertThat(check.answerOf(REPORTER).orElseThrow().rating()).isEqualTo(2);
    }

    @Test
    void anExpiredCheckTakesNoFirstAnswer() {
        SatisfactionCheck check = open(REPORTER);
        check.expire(RESOLVED.plus(Duration.ofDays(7)));

        assertThatThrownBy(() -> check.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED.plus(Duration.ofDays(8))))
            .isInstanceOf(ConflictingState.class)
            .hasMessageContaining("closed");
        assertThat(check.answers()).isEmpty();
    }

    @Test
    void aCancelledCheckTakesNoAnswerNotEvenACorrection() {
        SatisfactionCheck check = open(REPORTER, WATCHER);
        check.answer(REPORTER, new Rating(3), Met.PARTLY, "", RESOLVED.plusSeconds(60));
        check.follow(deleted(), RESOLVED.plusSeconds(120));

        assertThatThrownBy(() -> check.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED.plusSeconds(180)))
            .isInstanceOf(ConflictingState.class)
            .hasMessageContaining("deleted");
        assertThatThrownBy(() -> check.answer(WATCHER, new Rating(5), Met.YES, "", RESOLVED.plusSeconds(180)))
            .isInstanceOf(ConflictingState.class);
        assertThat(check.answerOf(REPORTER).orElseThrow().rating()).isEqualTo(3);
    }

    // ---- clarity

    @Test
    void theAssigneeRatesClarityWhenThePolicyAsksAndMayCorrectItForADay() {
        SatisfactionCheck check = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(0, 7, 3, true), RESOLVED);
        check.ask(List.of(REPORTER), RESOLVED);
        Instant rated = RESOLVED.plusSeconds(60);

        check.rateClarity(ASSIGNEE, new Rating(2), "vague", rated);
        check.rateClarity(ASSIGNEE, new Rating(3), "clearer on reading again",
                rated.plus(SatisfactionCheck.CORRECTION));

        assertThat(check.clarityRating()).isEqualTo(3);
        assertThat(check.clarityComment()).isEqualTo("clearer on reading again");
        assertThat(check.clarityAt()).isEqualTo(rated);
        assertThat(check.clarityBy()).isEqualTo(ASSIGNEE);
        assertThatThrownBy(() -> check.rateClarity(ASSIGNEE, new Rating(5), "",
                rated.plus(SatisfactionCheck.CORRECTION).plusSeconds(1)))
            .isInstanceOf(ConflictingState.class);
        assertThat(check.clarityRating()).isEqualTo(3);
    }

    @Test
    void clarityIsRatedAfterTheCheckClosedToo() {
        SatisfactionCheck check = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(0, 7, 3, true), RESOLVED);
        check.ask(List.of(REPORTER), RESOLVED);
        check.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED.plusSeconds(10));

        check.rateClarity(ASSIGNEE, new Rating(4), "", RESOLVED.plusSeconds(20));

        assertThat(check.clarityRating()).isEqualTo(4);
    }

    @Test
    void onlyTheAssigneeRatesClarityAndOnlyWhenThePolicyAsks() {
        SatisfactionCheck notAsked = open(REPORTER);
        assertThatThrownBy(() -> notAsked.rateClarity(ASSIGNEE, new Rating(4), "", RESOLVED))
            .isInstanceOf(NotPermitted.class);

        SatisfactionCheck asked = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(0, 7, 3, true), RESOLVED);
        asked.ask(List.of(REPORTER), RESOLVED);
        assertThatThrownBy(() -> asked.rateClarity(REPORTER, new Rating(4), "", RESOLVED))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> asked.rateClarity(null, new Rating(4), "", RESOLVED)).isInstanceOf(NotPermitted.class);
        assertThat(asked.clarityRating()).isNull();
    }

    @Test
    void clarityIsNotRatedBeforeTheCheckIsAskedNorAfterItIsCancelled() {
        SatisfactionCheck scheduled = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(60, 7, 3, true),
                RESOLVED);
        assertThatThrownBy(() -> scheduled.rateClarity(ASSIGNEE, new Rating(4), "", RESOLVED))
            .isInstanceOf(ConflictingState.class)
            .hasMessageContaining("not asked yet");

        SatisfactionCheck cancelled = new SatisfactionCheck(resolved(RESOLVED), RESOLVED, policy(0, 7, 3, true),
                RESOLVED);
        cancelled.ask(List.of(REPORTER), RESOLVED);
        cancelled.follow(reopened(), RESOLVED.plusSeconds(10));
        assertThatThrownBy(() -> cancelled.rateClarity(ASSIGNEE, new Rating(4), "", RESOLVED.plusSeconds(20)))
            .isInstanceOf(ConflictingState.class)
            .hasMessageContaining("cancelled");
        assertThat(cancelled.clarityRating()).isNull();
    }

    // ---- following the request

    @Test
    void whileScheduledTheCheckFollowsTheIssuesPeopleOnceAskedItKeepsThem() {
        SatisfactionCheck check = scheduled();

        assertThat(check.follow(change(RESOLVED, "finance", "sales", REPORTER, "557058:bob", false),
                RESOLVED.plusSeconds(5)))
            .isFalse();
        assertThat(check.assignee()).isEqualTo("557058:bob");

        check.ask(List.of(REPORTER), RESOLVED.plusSeconds(10));
        check.follow(change(RESOLVED, "finance", "sales", REPORTER, "557058:carl", false), RESOLVED.plusSeconds(20));
        assertThat(check.assignee()).isEqualTo("557058:bob");
    }

    @Test
    void theCheckFollowsTheDepartmentsWhileLive() {
        SatisfactionCheck check = open(REPORTER);

        check.follow(change(RESOLVED, "legal", "sales", REPORTER, ASSIGNEE, false), RESOLVED.plusSeconds(5));

        assertThat(check.providerId()).isEqualTo("legal");
        assertThat(check.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void reopeningCancelsACheckNobodyAnswered() {
        SatisfactionCheck scheduled = scheduled();
        assertThat(scheduled.follow(reopened(), RESOLVED.plusSeconds(5))).isTrue();
        assertThat(scheduled.status()).isEqualTo(Status.CANCELLED);
        assertThat(scheduled.cancelReason()).isEqualTo(CancelReason.REOPENED);

        SatisfactionCheck open = open(REPORTER);
        open.follow(reopened(), RESOLVED.plusSeconds(5));
        assertThat(open.status()).isEqualTo(Status.CANCELLED);
        assertThat(open.cancelReason()).isEqualTo(CancelReason.REOPENED);
    }

    @Test
    void aLaterResolutionAlsoCancelsACheckNobodyAnswered() {
        SatisfactionCheck check = open(REPORTER);

        check.follow(resolved(RESOLVED.plus(Duration.ofDays(1))), RESOLVED.plus(Duration.ofDays(1)));

        assertThat(check.status()).isEqualTo(Status.CANCELLED);
        assertThat(check.cancelReason()).isEqualTo(CancelReason.REOPENED);
    }

    @Test
    void reopeningClosesAnAnsweredCheckWhichIsSupersededOnceTheIssueIsResolvedAgain() {
        SatisfactionCheck check = open(REPORTER, WATCHER);
        check.answer(REPORTER, new Rating(4), Met.YES, "", RESOLVED.plusSeconds(60));

        assertThat(check.follow(reopened(), RESOLVED.plusSeconds(120))).isTrue();
        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.superseded()).isFalse();
        assertThat(check.state()).isEqualTo("answered");

        Instant again = RESOLVED.plus(Duration.ofDays(2));
        assertThat(check.follow(resolved(again), again)).isTrue();
        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.superseded()).isTrue();
        assertThat(check.follow(resolved(again), again.plusSeconds(5))).isFalse();
    }

    @Test
    void anOlderResolutionSeenLateDoesNotSupersedeAnAnsweredCheck() {
        SatisfactionCheck check = open(REPORTER, WATCHER);
        check.answer(REPORTER, new Rating(4), Met.YES, "", RESOLVED.plusSeconds(60));

        check.follow(resolved(RESOLVED.minus(Duration.ofDays(1))), RESOLVED.plusSeconds(120));

        assertThat(check.status()).isEqualTo(Status.CLOSED);
        assertThat(check.superseded()).isFalse();
    }

    @Test
    void deletingTheIssueCancelsItsChecksAnsweredOnesToo() {
        SatisfactionCheck answered = open(REPORTER);
        answered.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED.plusSeconds(60));
        assertThat(answered.status()).isEqualTo(Status.CLOSED);

        assertThat(answered.follow(deleted(), RESOLVED.plusSeconds(120))).isTrue();

        assertThat(answered.status()).isEqualTo(Status.CANCELLED);
        assertThat(answered.cancelReason()).isEqualTo(CancelReason.DELETED);
        assertThat(answered.state()).isEqualTo("cancelled");
    }

    @Test
    void anIssueNoLongerInternalCancelsAnUnansweredCheckAndClosesAnAnsweredOne() {
        SatisfactionCheck unanswered = open(REPORTER);
        unanswered.follow(change(RESOLVED, null, "sales", REPORTER, ASSIGNEE, false), RESOLVED.plusSeconds(5));
        assertThat(unanswered.status()).isEqualTo(Status.CANCELLED);
        assertThat(unanswered.cancelReason()).isEqualTo(CancelReason.NOT_INTERNAL);

        SatisfactionCheck answered = open(REPORTER, WATCHER);
        answered.answer(REPORTER, new Rating(5), Met.YES, "", RESOLVED.plusSeconds(60));
        answered.follow(change(RESOLVED, null, "sales", REPORTER, ASSIGNEE, false), RESOLVED.plusSeconds(120));
        assertThat(answered.status()).isEqualTo(Status.CLOSED);
        assertThat(answered.awaits(WATCHER)).isFalse();
    }

    @Test
    void cancelledIsFinal() {
        SatisfactionCheck check = scheduled();
        check.follow(reopened(), RESOLVED.plusSeconds(5));

        assertThat(check.follow(resolved(RESOLVED), RESOLVED.plusSeconds(10))).isFalse();
        assertThat(check.follow(deleted(), RESOLVED.plusSeconds(10))).isFalse();

        assertThat(check.status()).isEqualTo(Status.CANCELLED);
        assertThat(check.cancelReason()).isEqualTo(CancelReason.REOPENED);
    }

    // ---- helpers

    private SatisfactionCheck scheduled() {
        return new SatisfactionCheck(resolved(RESOLVED), RESOLVED, SatisfactionPolicy.defaults(tenant), RESOLVED);
    }

    private SatisfactionCheck open(String... asked) {
        SatisfactionCheck check = scheduled();
        check.ask(new ArrayList<>(List.of(asked)), RESOLVED);
        return check;
    }

    private SatisfactionPolicy policy(int delayMinutes, int expiryDays, Integer reminderDays, boolean clarity) {
        SatisfactionPolicy policy = SatisfactionPolicy.defaults(tenant);
        policy.change(new PolicyBody(delayMinutes, "reporter", expiryDays, reminderDays, List.of(), clarity),
                "557058:admin", RESOLVED);
        return policy;
    }

    private RequestChanged resolved(Instant at) {
        return change(at, "finance", "sales", REPORTER, ASSIGNEE, false);
    }

    private RequestChanged reopened() {
        return change(null, "finance", "sales", REPORTER, ASSIGNEE, false);
    }

    private RequestChanged deleted() {
        return change(RESOLVED, "finance", "sales", REPORTER, ASSIGNEE, true);
    }

    private RequestChanged change(Instant resolvedAt, String provider, String customer, String reporter,
            String assignee, boolean deleted) {
        return new RequestChanged(tenant, "10001", "FIN-1", "FIN", provider, customer, reporter, assignee, resolvedAt,
                deleted, resolvedAt);
    }

}
