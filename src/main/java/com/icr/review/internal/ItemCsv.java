package com.icr.review.internal;

import com.icr.core.AccountId;
import com.icr.review.ItemView;
import com.icr.tenant.Person;
import com.icr.core.SpreadsheetCells;
import com.icr.relationship.RelationshipView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Review entries as CSV, for the spreadsheets reviews end up in; each person's name
 * beside their account id (empty for a former user, or when nobody could tell).
 */
public final class ItemCsv {

    public static final List<String> COLUMNS = List.of("provider", "customer", "side", "department", "kind", "status",
            "text", "owner", "owner_name", "agreed_action", "raised_by", "raised_by_name", "raised_at", "closed_at");

    private ItemCsv() {
    }

    /** The account ids the entries name, whose names the file shows. */
    static Set<AccountId> people(List<ItemView> items) {
        Set<AccountId> ids = new LinkedHashSet<>();
        for (ItemView i : items) {
            for (String id : new String[] { i.ownerAccountId(), i.createdByAccountId() }) {
                if (AccountId.isValid(id)) {
                    ids.add(new AccountId(id));
                }
            }
        }
        return ids;
    }

    static String of(List<ItemView> items, Map<String, RelationshipView> relationships, Map<AccountId, Person> people) {
        List<List<String>> rows = new ArrayList<>();
        for (ItemView i : items) {
            RelationshipView r = relationships.get(i.relationshipId());
            rows.add(Arrays.asList(r.provider().name(), r.customer().name(), i.side().key(), i.departmentName(),
                    i.kind().key(), i.status().key(), i.text(), i.ownerAccountId(), nameOf(i.ownerAccountId(), people),
                    i.action(), i.createdByAccountId(), nameOf(i.createdByAccountId(), people),
                    String.valueOf(i.createdAt()), i.closedAt() == null ? null : i.closedAt().toString()));
        }
        return SpreadsheetCells.table(COLUMNS, rows);
    }

    private static String nameOf(String accountId, Map<AccountId, Person> people) {
        Person person = AccountId.isValid(accountId) ? people.get(new AccountId(accountId)) : null;
        return person == null ? null : person.displayName();
    }

}
