package com.icr.satisfaction.internal;

import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One saved version of a questionnaire: the site's ({@link #SITE}) or a relationship's
 * override (scope = its id). Never changed once saved, except whether it is the scope's
 * version in force.
 */
@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersion {

    static final String SITE = "site";

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(nullable = false)
    private String scope;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Questionnaire.Scale scale;

    @Convert(converter = QuestionsConverter.Questions.class)
    @Column(nullable = false)
    private List<Questionnaire.Question> questions;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionnaireVersion() {
    }

    QuestionnaireVersion(TenantId tenantId, String scope, int number, Questionnaire questionnaire, String createdBy,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.scope = scope;
        this.number = number;
        this.scale = questionnaire.scale();
        this.questions = questionnaire.questions();
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void retire() {
        active = false;
    }

    Questionnaire questionnaire() {
        return new Questionnaire(scale, List.copyOf(questions));
    }

    String id() {
        return id;
    }

    TenantId tenantId() {
        return tenantId;
    }

    String scope() {
        return scope;
    }

    int number() {
        return number;
    }

    boolean active() {
        return active;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

}
