package com.icr.satisfaction.internal;

import com.icr.satisfaction.Gift;
import com.icr.satisfaction.GivenThanks;
import com.icr.satisfaction.ThanksView;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A thank-you to people of another department: from a satisfaction check (someone of the
 * customer thanks the provider's people who did the work) or given at any time; shown on
 * the department it thanks.
 */
@Entity
@Table(name = "thanks")
class Thanks {

    static final int MAX_MESSAGE = 500;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "check_id")
    private String checkId;

    @Column(name = "from_account_id", nullable = false)
    private String from;

    @Column(name = "to_account_ids", nullable = false)
    private String to;

    @Column(name = "to_department_id", nullable = false)
    private String toDepartmentId;

    @Column(name = "from_department_id")
    private String fromDepartmentId;

    @Column(name = "issue_key")
    private String issueKey;

    @Column
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Thanks() {
    }

    Thanks(SatisfactionCheck check, String from, List<String> to, String message, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = check.tenantId();
        this.checkId = check.id();
        this.from = from;
        this.to = String.join(",", to);
        this.toDepartmentId = check.providerId();
        this.fromDepartmentId = check.customerId();
        this.issueKey = check.issueKey();
        this.message = message;
        this.createdAt = now;
    }

    Thanks(TenantId tenantId, Gift gift, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.from = gift.from();
        this.to = String.join(",", gift.to());
        this.toDepartmentId = gift.toDepartmentId();
        this.fromDepartmentId = gift.fromDepartmentId();
        this.message = gift.message();
        this.createdAt = now;
    }

    /**
     * As other modules see it, with the issue of its check (null when given at any time).
     */
    GivenThanks given(String issueId) {
        return new GivenThanks(id, from, fromDepartmentId, toDepartmentId, to(),
                message == null || message.isEmpty() ? null : message, issueId, issueKey, checkId != null, createdAt);
    }

    String checkId() {
        return checkId;
    }

    ThanksView view() {
        return new ThanksView(from, to(), message, createdAt);
    }

    String id() {
        return id;
    }

    String from() {
        return from;
    }

    List<String> to() {
        return Arrays.asList(to.split(","));
    }

    String fromDepartmentId() {
        return fromDepartmentId;
    }

    String toDepartmentId() {
        return toDepartmentId;
    }

    String issueKey() {
        return issueKey;
    }

    String message() {
        return message;
    }

    Instant createdAt() {
        return createdAt;
    }

}
