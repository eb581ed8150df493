package com.icr.satisfaction.internal;

import com.icr.satisfaction.Met;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One asked person's answer to a check; corrected in place within a day of its first
 * giving.
 */
@Entity
@Table(name = "satisfaction_answer")
class CheckAnswer {

    static final int MAX_COMMENT = 2000;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(nullable = false)
    private int rating;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Met met;

    @Column
    private String comment;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CheckAnswer() {
    }

    CheckAnswer(TenantId tenantId, String accountId, Rating rating, Met met, String comment, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.answeredAt = now;
        change(rating, met, comment, now);
    }

    void change(Rating rating, Met met, String comment, Instant now) {
        this.rating = rating.value();
        this.met = met;
        this.comment = comment;
        this.changedAt = now;
    }

    /**
     * A low answer tells the provider-side owner: a rating of 1 or 2, or an expectation
     * not met.
     */
    boolean isLow() {
        return rating <= 2 || met == Met.NO;
    }

    /** A high answer offers the customer a thank-you to the people who did the work. */
    boolean isHigh() {
        return rating >= 4 && met != Met.NO;
    }

    Instant correctableUntil() {
        return answeredAt.plus(SatisfactionCheck.CORRECTION);
    }

    String accountId() {
        return accountId;
    }

    int rating() {
        return rating;
    }

    Met met() {
        return met;
    }

    String comment() {
        return comment;
    }

    Instant answeredAt() {
        return answeredAt;
    }

}
