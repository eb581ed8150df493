package com.icr.review.internal;

import com.icr.review.SponsorNoteView;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * The executive sponsor's notes on a relationship for a quarter: one per quarter,
 * rewritten as it goes.
 */
@Entity
@Table(name = "sponsor_note")
class SponsorNote {

    static final int MAX_TEXT = 4000;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "relationship_id", nullable = false)
    private String relationshipId;

    @Column(nullable = false)
    private String quarter;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "by_account_id", nullable = false)
    private String byAccountId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SponsorNote() {
    }

    SponsorNote(TenantId tenantId, String relationshipId, String quarter) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.relationshipId = relationshipId;
        this.quarter = quarter;
    }

    void write(String text, String by, Instant now) {
        this.text = text;
        this.byAccountId = by;
        this.updatedAt = now;
    }

    SponsorNoteView view(String relationshipName) {
        return new SponsorNoteView(relationshipId, relationshipName, quarter, text, byAccountId, updatedAt);
    }

    String relationshipId() {
        return relationshipId;
    }

}
