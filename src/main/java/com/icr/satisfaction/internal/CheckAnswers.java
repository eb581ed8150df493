package com.icr.satisfaction.internal;

import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.Met;
import com.icr.department.DepartmentManagement;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantId;
import com.icr.core.ConflictingState;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a check: the asked person's answer (a low one tells the
 * provider-side owner), the assignee's clarity rating, the customer's thank-you. Each
 * checks its input whole before changing anything.
 */
@Service
public class CheckAnswers {

    private final CheckRepository checks;

    private final ThanksRepository thanks;

    private final ThanksLedger ledger;

    private final SatisfactionChecks lifecycle;

    private final NoticeOutbox notices;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final Questionnaires questionnaires;

    private final Clock clock;

    public CheckAnswers(CheckRepository checks, ThanksRepository thanks, ThanksLedger ledger,
            SatisfactionChecks lifecycle, NoticeOutbox notices, RelationshipManagement relationships,
            DepartmentManagement departments, Questionnaires questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.checks = checks;
        this.thanks = thanks;
        this.ledger = ledger;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.relationships = relationships;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * The issue a check belongs to, for the caller's permission to see it; empty for
     * another site's check.
     */
    @Transactional(readOnly = true)
    public Optional<String> issueOf(TenantId tenantId, String checkId) {
        return checks.findByIdAndTenantId(checkId, tenantId).map(SatisfactionCheck::issueId);
    }

    @Transactional
    public void answer(TenantId tenantId, String checkId, String accountId, AnswerBody body) {
        if (body == null) {
            throw new InvalidInput("rating", "input.answer-required");
        }
        SatisfactionCheck check = check(tenantId, checkId);
        Questionnaire questionnaire = questionnaires.of(tenantId, check.questionnaireId());
        int rating = questionnaire.rating(body.rating());
        Met met = Met.parse(body.met());
        String comment = Rating.comment("comment", body.comment(), CheckAnswer.MAX_COMMENT);
        Map<String, String> extra = questionnaire.answers(body.answers());
        boolean wasLow = check.answerOf(String.valueOf(accountId)).map(CheckAnswer::isLow).orElse(false);
        SatisfactionCheck.Answered answered = check.answer(accountId, questionnaire.scale(), rating, met, comment,
                extra, clock.instant());
        if (answered.answer().isLow() && !wasLow) {
            ownerOf(check).ifPresent(owner -> notices.lowAnswer(check, answered.answer(), owner));
        }
        lifecycle.changed(check);
    }

    /**
     * The relationship's provider-side owner; the provider department's lead when it has
     * no owner.
     */
    private Optional<String> ownerOf(SatisfactionCheck check) {
        return relationships.find(check.tenantId(), new Pair(check.providerId(), check.customerId()))
            .map(RelationshipView::providerOwnerAccountId)
            .or(() -> departments.leadOf(check.tenantId(), check.providerId()));
    }

    @Transactional
    public void rateClarity(TenantId tenantId, String checkId, String accountId, ClarityBody body) {
        if (body == null) {
            throw new InvalidInput("rating", "input.rating-required");
        }
        Rating rating = Rating.of("rating", body.rating());
        String comment = Rating.comment("comment", body.comment(), CheckAnswer.MAX_COMMENT);
        SatisfactionCheck check = check(tenantId, checkId);
        check.rateClarity(accountId, rating, comment, clock.instant());
        checks.saveAndFlush(check);
    }

    /**
     * Thanks the people who did the work: the assignee, else the provider department's
     * lead.
     */
    @Transactional
    public void thank(TenantId tenantId, String checkId, String accountId, ThanksBody body) {
        String message = Rating.comment("message", body == null ? null : body.message(), Thanks.MAX_MESSAGE);
        SatisfactionCheck check = check(tenantId, checkId);
        CheckAnswer answer = check.answerOf(String.valueOf(accountId))
            .orElseThrow(() -> new NotPermitted("not-permitted.thank-answerers"));
        if (!answer.isHigh()) {
            throw new NotPermitted("not-permitted.thank-high-answer");
        }
        if (thanks.existsByTenantIdAndCheckIdAndFrom(tenantId, checkId, accountId)) {
            throw new ConflictingState("conflict.thanked-already");
        }
        ledger.requireWithinLimit(tenantId, accountId);
        List<String> workers = Stream.ofNullable(check.assignee()).toList();
        if (workers.isEmpty()) {
            workers = departments.leadOf(tenantId, check.providerId()).stream().toList();
        }
        if (workers.isEmpty()) {
            throw new ConflictingState("conflict.nobody-did-work");
        }
        Thanks sent = thanks.saveAndFlush(new Thanks(check, accountId, workers, message, clock.instant()));
        notices.thanked(check, sent);
    }

    private SatisfactionCheck check(TenantId tenantId, String checkId) {
        return checks.findByIdAndTenantId(checkId, tenantId)
            .orElseThrow(() -> new NotFound("not-found.check", checkId));
    }

    @EventListener
    public void purge(SitePurging event) {
        thanks.deleteOf(event.tenantId());
    }

}
