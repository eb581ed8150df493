package com.icr.review.internal;

import com.icr.review.ItemChange;
import com.icr.review.ItemKind;
import com.icr.review.ItemStatus;
import com.icr.review.ItemView;
import com.icr.relationship.Side;
import com.icr.core.AccountId;
import com.icr.core.Keyed;
import com.icr.core.TextInput;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotPermitted;
import java.time.Instant;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * What one department of a relationship raises about the other: a frustration, an
 * assumption it holds, or a suggestion; brought into the open before it hardens, then
 * discussed, turned into an agreed action, closed.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    static final int MAX_TEXT = 2000;
    static final int MAX_ACTION = 1000;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "relationship_id", nullable = false)
    private String relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(name = "department_id", nullable = false)
    private String departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(name = "body", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Column(name = "owner_account_id")
    private String ownerAccountId;

    @Column
    private String action;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Who changed it last (who raised it, until someone changes it). */
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ReviewItem() {
    }

    public ReviewItem(TenantId tenantId, String relationshipId, Side side, String departmentId, ItemKind kind,
            String text, String ownerAccountId, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.relationshipId = relationshipId;
        this.side = side;
        this.departmentId = departmentId;
        this.kind = kind;
        this.text = text;
        this.status = ItemStatus.OPEN;
        this.ownerAccountId = ownerAccountId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = createdBy;
    }

    /**
     * A change, checked whole: an agreed action names the action; closing stamps when.
     * The words are the side's that raised it: the other side ({@code mayReword} false)
     * moves its status, owner and agreed action, and never rewrites its text.
     */
    public void change(ItemChange change, boolean mayReword, String accountId, Instant now) {
        ItemStatus newStatus = change.status() == null ? status
                : Keyed.parse("status", change.status(), ItemStatus.class, null);
        String newText = change.text() == null ? text : TextInput.required("text", change.text(), MAX_TEXT);
        if (!mayReword && !newText.equals(text)) {
            throw new NotPermitted(
                    side == Side.PROVIDER ? "not-permitted.reword.provider" : "not-permitted.reword.customer");
        }
        String newOwner = change.ownerAccountId() == null ? ownerAccountId
                : AccountId.valueOf("ownerAccountId", change.ownerAccountId());
        String newAction = change.action() == null ? action : TextInput.optional("action", change.action(), MAX_ACTION);
        if (newStatus == ItemStatus.AGREED_ACTION && newAction == null) {
            throw new InvalidInput("action", "input.agreed-action-required");
        }
        if (newStatus == ItemStatus.CLOSED && status != ItemStatus.CLOSED) {
            closedAt = now;
        }
        else if (newStatus != ItemStatus.CLOSED) {
            closedAt = null;
        }
        this.status = newStatus;
        this.text = newText;
        this.ownerAccountId = newOwner;
        this.action = newAction;
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    public ItemView view(String departmentName) {
        return new ItemView(id, relationshipId, side, departmentId, departmentName, kind, text, status, ownerAccountId,
                action, createdBy, createdAt, updatedAt, updatedBy, closedAt);
    }

    public String id() {
        return id;
    }

    public String relationshipId() {
        return relationshipId;
    }

    public String departmentId() {
        return departmentId;
    }

    public ItemStatus status() {
        return status;
    }

    public Side side() {
        return side;
    }

}
