package com.icr.review.internal;

import com.icr.review.ItemView;
import com.icr.core.SpreadsheetCells;
import com.icr.relationship.RelationshipView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Review entries as CSV, for the spreadsheets reviews end up in. */
public final class ItemCsv {

    public static final List<String> COLUMNS = List.of("provider", "customer", "side", "department", "kind", "status",
            "text", "owner", "agreed_action", "raised_by", "raised_at", "closed_at");

    private ItemCsv() {
    }

    static String of(List<ItemView> items, Map<String, RelationshipView> relationships) {
        List<List<String>> rows = new ArrayList<>();
        for (ItemView i : items) {
            RelationshipView r = relationships.get(i.relationshipId());
            rows.add(Arrays.asList(r.provider().name(), r.customer().name(), i.side().key(), i.departmentName(),
                    i.kind().key(), i.status().key(), i.text(), i.ownerAccountId(), i.action(), i.createdByAccountId(),
                    String.valueOf(i.createdAt()), i.closedAt() == null ? null : i.closedAt().toString()));
        }
        return SpreadsheetCells.table(COLUMNS, rows);
    }

}
