package com.icr.request.internal;

import com.icr.request.DeclineReason;
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
 * One decision as it was made; a changed decision adds a record, so the history stays.
 */
@Entity
@Table(name = "request_decision")
public class DecisionRecord {

    public static final int MAX_NOTE = 1000;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision outcome;

    @Enumerated(EnumType.STRING)
    private DeclineReason reason;

    @Column(nullable = false)
    private String note;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DecisionRecord() {
    }

    public DecisionRecord(TenantId tenantId, Decision outcome, DeclineReason reason, String note, String decidedBy,
            Instant decidedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.outcome = outcome;
        this.reason = reason;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public DecisionView view() {
        return new DecisionView(outcome, reason, reason == null ? null : reason.label(), note, decidedBy, decidedAt);
    }

}
