package com.icr.satisfaction;

import com.icr.satisfaction.internal.CheckAnswers;
import com.icr.satisfaction.internal.CheckViews;
import com.icr.satisfaction.internal.LowRatings;
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

    private final LowRatings lowRatings;

    SatisfactionCheckManagement(CheckAnswers answers, CheckViews views, ThanksLedger ledger, LowRatings lowRatings) {
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
     * The low ratings (see {@link LowRating}) the relationship's work received since
     * then, newest first.
     */
    @Transactional(readOnly = true)
    public List<LowRating> lowRatingsSince(TenantId tenantId, Pair pair, Instant since) {
        return lowRatings.of(tenantId, pair, since);
    }

    /** The latest thanks naming this person. */
    public List<GivenThanks> thanksReceivedBy(TenantId tenantId, String accountId, Instant since, int limit) {
        return ledger.receivedBy(tenantId, accountId, since, limit);
    }

}
