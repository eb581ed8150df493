package com.icr.satisfaction;

import com.icr.satisfaction.internal.CheckAnswers;
import com.icr.satisfaction.internal.CheckViews;
import com.icr.satisfaction.internal.Questionnaires;
import com.icr.satisfaction.internal.ThanksLedger;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction module's door for other modules: answering a check, an issue's checks
 * as a person sees them, and the thanks ledger (one daily limit for thanks from checks
 * and thanks given at any time). The checks follow the requests through the ports the
 * request module owns.
 */
@Service
public class SatisfactionCheckManagement {

    private final CheckAnswers answers;

    private final CheckViews views;

    private final ThanksLedger ledger;

    private final Questionnaires questionnaires;

    private final com.icr.satisfaction.internal.LowRatings lowRatings;

    SatisfactionCheckManagement(CheckAnswers answers, CheckViews views, ThanksLedger ledger,
            Questionnaires questionnaires, com.icr.satisfaction.internal.LowRatings lowRatings) {
        this.questionnaires = questionnaires;
        this.lowRatings = lowRatings;
        this.answers = answers;
        this.views = views;
        this.ledger = ledger;
    }

    /**
     * One of the people a check asked answers it (or corrects their answer within a day).
     */
    public void answer(TenantId tenantId, String checkId, String accountId, AnswerBody body) {
        answers.answer(tenantId, checkId, accountId, body);
    }

    /** The questionnaire a relationship's checks ask: its own, or the site's. */
    public QuestionnaireView questionnaireOf(TenantId tenantId, String relationshipId) {
        return questionnaires.ofRelationship(tenantId, relationshipId);
    }

    /**
     * Gives a relationship its own questionnaire, as a new version (the caller made sure
     * of who may).
     */
    public QuestionnaireView setQuestionnaire(TenantId tenantId, String relationshipId, QuestionnaireView.Input input,
            String accountId) {
        return questionnaires.setOverride(tenantId, relationshipId, input, accountId);
    }

    /**
     * An issue's checks as one viewer sees them: the issue panel's and context's data.
     */
    public IssueSatisfaction viewOf(TenantId tenantId, String issueId, String viewer) {
        return views.of(tenantId, issueId, viewer);
    }

    /**
     * Records a thank-you, once the giver is within the daily limit
     * ({@link com.icr.core.OverLimit} if not).
     */
    public GivenThanks give(TenantId tenantId, Gift gift) {
        return ledger.oneAtATime(tenantId, gift.from(), () -> ledger.give(tenantId, gift));
    }

    /** Thanks to or from any of the departments during the period, newest first. */
    public List<GivenThanks> thanksInvolving(TenantId tenantId, Collection<String> departmentIds, Instant from,
            Instant until) {
        return ledger.involving(tenantId, departmentIds, from, until);
    }

    /**
     * The ratings of 1 or 2 given in the span to the provider by the customer (the
     * digest), oldest first.
     */
    public List<LowRating> lowRatingsDuring(TenantId tenantId, String providerId, String customerId, Instant from,
            Instant until) {
        return lowRatings.during(tenantId, providerId, customerId, from, until);
    }

    /**
     * The low ratings (1 or 2 of 5, 0 to 6 of 10) the relationship's work received since
     * then, newest first (the dashboard gadget).
     */
    @Transactional(readOnly = true)
    public List<LowRating> lowRatingsSince(TenantId tenantId, Pair pair, Instant since) {
        List<LowRating> oldestFirst = lowRatings.during(tenantId, pair.providerId(), pair.customerId(), since,
                since.plus(java.time.Duration.ofDays(3660)));
        return java.util.stream.IntStream.range(0, oldestFirst.size())
            .mapToObj(i -> oldestFirst.get(oldestFirst.size() - 1 - i))
            .toList();
    }

    /** The latest thanks naming this person. */
    public List<GivenThanks> thanksReceivedBy(TenantId tenantId, String accountId, Instant since, int limit) {
        return ledger.receivedBy(tenantId, accountId, since, limit);
    }

}
