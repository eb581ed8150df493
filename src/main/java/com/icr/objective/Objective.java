package com.icr.objective;

import com.icr.core.AccountId;
import com.icr.core.Quarter;
import com.icr.core.TextInput;
import com.icr.core.InvalidInput;
import com.icr.core.Period;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A corporate objective for one quarter, with its owner; relationships and measures say
 * they support it.
 */
@Entity
@Table(name = "objective")
class Objective {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(nullable = false)
    private String quarter;

    @Column(nullable = false)
    private String title;

    @Column
    private String description;

    @Column(name = "owner_account_id", nullable = false)
    private String ownerAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * When and by whom it was last reworded; null until then (and for objectives from
     * before this was kept).
     */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Objective() {
    }

    Objective(TenantId tenantId, Draft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.createdAt = now;
        change(draft);
    }

    /** A checked objective: the request's fields, whole, before anything changes. */
    record Draft(Period quarter, String title, String description, String ownerAccountId) {

        static Draft of(ObjectiveRequest request, java.time.Clock clock) {
            if (request == null) {
                throw new com.icr.core.InvalidInput("body", "is required");
            }
            return new Draft(Quarter.parse("quarter", request.quarter(), clock).period(),
                    TextInput.required("title", request.title(), 200),
                    TextInput.optional("description", request.description(), 2000),
                    AccountId.required("ownerAccountId", request.ownerAccountId()).value());
        }
    }

    void change(Draft draft) {
        this.quarter = draft.quarter().key();
        this.title = draft.title();
        this.description = draft.description();
        this.ownerAccountId = draft.ownerAccountId();
    }

    void change(Draft draft, String accountId, Instant now) {
        change(draft);
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    ObjectiveView view(List<String> relationshipIds) {
        return new ObjectiveView(id, quarter, title, description, ownerAccountId, relationshipIds, createdAt, updatedAt,
                updatedBy);
    }

    String id() {
        return id;
    }

    String quarter() {
        return quarter;
    }

    String title() {
        return title;
    }

    String ownerAccountId() {
        return ownerAccountId;
    }

}
