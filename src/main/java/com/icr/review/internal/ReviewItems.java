package com.icr.review.internal;

import com.icr.review.ItemChange;
import com.icr.review.ItemKind;
import com.icr.review.ItemRequest;
import com.icr.review.ItemStatus;
import com.icr.review.ItemView;
import org.springframework.context.event.EventListener;
import com.icr.tenant.SitePurging;
import com.icr.relationship.Side;
import com.icr.core.AccountId;
import com.icr.core.Keyed;
import com.icr.core.TextInput;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.core.Period;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.TenantId;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frustrations, assumptions and suggestions the two departments of a relationship
 * raise.
 */
@Service
public class ReviewItems {

    private final ReviewItemRepository items;

    private final DepartmentManagement departments;

    private final Clock clock;

    public ReviewItems(ReviewItemRepository items, DepartmentManagement departments, Clock clock) {
        this.items = items;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * Newest first; {@code status} narrows to one status, or {@code open} to everything
     * not closed.
     */
    @Transactional(readOnly = true)
    public List<ItemView> list(TenantId tenantId, String relationshipId, String status) {
        List<ReviewItem> found = relationshipId == null ? items.findByTenantIdOrderByCreatedAtDesc(tenantId)
                : items.findByTenantIdAndRelationshipIdInOrderByCreatedAtDesc(tenantId, List.of(relationshipId));
        ItemStatus only = status == null || status.isBlank() ? null
                : Keyed.parse("status", status, ItemStatus.class, null);
        return views(tenantId, found.stream().filter(i -> only == null || i.status() == only).toList());
    }

    /** The entries not closed that the person owns, oldest first. */
    @Transactional(readOnly = true)
    public List<ItemView> openOwnedBy(TenantId tenantId, String accountId) {
        return views(tenantId, items.findByTenantIdAndOwnerAccountIdAndStatusNotOrderByCreatedAtAsc(tenantId, accountId,
                ItemStatus.CLOSED));
    }

    /**
     * Everything not closed, and what was closed during the quarter: the review's list.
     */
    @Transactional(readOnly = true)
    public List<ItemView> forReview(TenantId tenantId, Collection<String> relationshipIds, Period quarter) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return views(tenantId, items.findByTenantIdAndRelationshipIdInOrderByCreatedAtDesc(tenantId, relationshipIds))
            .stream()
            .filter(i -> i.status() != ItemStatus.CLOSED || (i.closedAt() != null
                    && !i.closedAt().isBefore(quarter.start()) && i.closedAt().isBefore(quarter.end())))
            .toList();
    }

    /**
     * Raises an entry for one side of the relationship. {@code mayRaiseFor} are the sides
     * the caller belongs to; null for an administrator, who may write for either.
     */
    @Transactional
    public ItemView raise(TenantId tenantId, RelationshipView relationship, ItemRequest request, Set<Side> mayRaiseFor,
            String accountId) {
        if (request == null) {
            throw new InvalidInput("body", "input.required");
        }
        Side side = Keyed.parse("side", request.side(), Side.class, null);
        ItemKind kind = Keyed.parse("kind", request.kind(), ItemKind.class, null);
        String text = TextInput.required("text", request.text(), ReviewItem.MAX_TEXT);
        String owner = AccountId.valueOf("ownerAccountId", request.ownerAccountId());
        if (accountId == null) {
            throw new NotPermitted("not-permitted.raise-signed-in");
        }
        if (mayRaiseFor != null && !mayRaiseFor.contains(side)) {
            throw new NotPermitted("not-permitted.raise-own-side");
        }
        String department = side == Side.PROVIDER ? relationship.provider().id() : relationship.customer().id();
        ReviewItem item = items.save(new ReviewItem(tenantId, relationship.id(), side, department, kind, text, owner,
                accountId, clock.instant()));
        return views(tenantId, List.of(item)).get(0);
    }

    /**
     * Moves an entry on. {@code editorSides} are the sides the caller belongs to (null:
     * any, for administrators): only the side that raised it rewords it.
     */
    @Transactional
    public ItemView change(TenantId tenantId, String id, ItemChange change, Set<Side> editorSides, String accountId) {
        if (change == null) {
            throw new InvalidInput("body", "input.required");
        }
        if (accountId == null) {
            throw new NotPermitted("not-permitted.change-signed-in");
        }
        ReviewItem item = find(tenantId, id);
        item.change(change, editorSides == null || editorSides.contains(item.side()), accountId, clock.instant());
        items.flush();
        return views(tenantId, List.of(item)).get(0);
    }

    @Transactional(readOnly = true)
    public String relationshipOf(TenantId tenantId, String id) {
        return find(tenantId, id).relationshipId();
    }

    /** A purged site's rows go in the purge's transaction. */
    @EventListener
    public void purge(SitePurging purging) {
        TenantId tenantId = purging.tenantId();
        items.deleteOf(tenantId);
    }

    private ReviewItem find(TenantId tenantId, String id) {
        return items.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFound("not-found.entry", id));
    }

    private List<ItemView> views(TenantId tenantId, List<ReviewItem> list) {
        Map<String, String> names = departments
            .namesOf(tenantId, list.stream().map(ReviewItem::departmentId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, DepartmentName::name));
        return list.stream().map(i -> i.view(names.get(i.departmentId()))).toList();
    }

}
