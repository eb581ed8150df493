package com.icr.satisfaction.internal;

import com.icr.satisfaction.Met;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Convert;
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

    /** The scale the rating was given on: an answer is never counted on another. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_scale", nullable = false)
    private Questionnaire.Scale scale = Questionnaire.Scale.RATING_5;

    /** The answers to the questionnaire's extra questions, by question id. */
    @Convert(converter = QuestionsConverter.Answers.class)
    @Column(name = "extra_answers")
    private Map<String, String> extra = new LinkedHashMap<>();

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CheckAnswer() {
    }

    CheckAnswer(TenantId tenantId, String accountId, Questionnaire.Scale scale, int rating, Met met, String comment,
            Map<String, String> extra, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.answeredAt = now;
        change(scale, rating, met, comment, extra, now);
    }

    /** A correction keeps the questionnaire version, and so the scale, of the check. */
    void change(Questionnaire.Scale scale, int rating, Met met, String comment, Map<String, String> extra,
            Instant now) {
        this.scale = scale;
        this.rating = rating;
        this.met = met;
        this.comment = comment;
        this.extra = new LinkedHashMap<>(extra);
        this.changedAt = now;
    }

    /**
     * A low answer tells the provider-side owner: a rating of 1 or 2 (0 to 6 on the NPS
     * scale), or an expectation not met.
     */
    boolean isLow() {
        return scale.isLow(rating) || met == Met.NO;
    }

    /**
     * A high answer offers the customer a thank-you to the people who did the work: 4 or
     * 5 (9 or 10 on the NPS scale), the expectation met at least partly.
     */
    boolean isHigh() {
        return scale.isHigh(rating) && met != Met.NO;
    }

    Questionnaire.Scale scale() {
        return scale;
    }

    Map<String, String> extra() {
        return extra == null ? Map.of() : java.util.Collections.unmodifiableMap(extra);
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
