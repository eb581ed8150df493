package com.icr.privacy;

import java.util.List;
import java.util.Set;

/**
 * Where the app stores account ids and what people wrote (README, "Personal data"). Kept
 * here, beside the erasure that must reach every one of them; the test of a closed
 * account searches every column of every table, so a column added elsewhere and missing
 * here fails it.
 */
final class AccountColumns {

    private AccountColumns() {
    }

    /** A column of a table keyed by {@code key} (within the site's rows). */
    record Column(String table, String column, String key) {
    }

    /** Columns that hold one account id, or none. */
    static final List<Column> SINGLE = List.of(single("department", "lead_account_id"),
            single("relationship", "provider_owner"), single("relationship", "customer_owner"),
            single("relationship", "executive_sponsor"), single("agreement_version", "created_by"),
            single("agreement_version", "provider_confirmed_by"), single("agreement_version", "customer_confirmed_by"),
            single("internal_request", "reporter_account_id"), single("internal_request", "assignee_account_id"),
            single("internal_request", "corrected_by"), single("request_decision", "decided_by"),
            single("satisfaction_policy", "updated_by"), single("satisfaction_check", "reporter_account_id"),
            single("satisfaction_check", "assignee_account_id"), single("satisfaction_check", "clarity_by"),
            single("satisfaction_answer", "account_id"), single("thanks", "from_account_id"),
            single("thanks_giver", "account_id"), single("objective", "owner_account_id"),
            single("objective", "updated_by"), single("measure", "updated_by"),
            single("review_item", "owner_account_id"), single("review_item", "created_by"),
            single("review_item", "updated_by"), single("sponsor_note", "by_account_id"),
            single("matrix_import", "started_by"), single("digest_setting", "updated_by"));

    /** Columns that hold a comma-separated list of account ids. */
    static final List<Column> LISTS = List.of(new Column("thanks", "to_account_ids", "id"),
            new Column("satisfaction_check", "asked_accounts", "id"));

    /**
     * Text that may mention an account id (a payload, a report, what someone typed): a
     * mention is replaced like a stored id. Large objects ({@code clob}) are rewritten in
     * Java, the rest in SQL.
     */
    static final List<Column> TEXT = List.of(text("department", "description"),
            text("agreement_version", "deliverables"), text("agreement_version", "expectations"),
            text("agreement_version", "customer_gives_back"), text("internal_request", "decision_note"),
            text("request_decision", "note"), text("satisfaction_check", "clarity_comment"),
            text("satisfaction_answer", "comment"), text("thanks", "message"), text("objective", "description"),
            text("review_item", "body"), text("review_item", "action"), text("sponsor_note", "body"),
            text("intake_delivery", "delivery_key"), text("intake_delivery", "last_error"));

    static final List<Column> LARGE_TEXT = List.of(new Column("intake_delivery", "payload", "id"),
            new Column("matrix_import", "report", "id"));

    /**
     * What a person wrote, blanked when their account closes: {@code blank} is set where
     * {@code author} is theirs.
     */
    record Comment(String table, String author, String blank) {
    }

    static final List<Comment> COMMENTS = List.of(new Comment("satisfaction_answer", "account_id", "comment = null"),
            new Comment("satisfaction_check", "clarity_by", "clarity_comment = null"),
            new Comment("request_decision", "decided_by", "note = ''"),
            new Comment("thanks", "from_account_id", "message = ''"),
            new Comment("review_item", "created_by", "body = '', action = null"),
            new Comment("sponsor_note", "by_account_id", "body = ''"));

    /**
     * Tables whose rows carry an optimistic-lock {@code version}: an erasure raises it,
     * so that a use case that read the row before cannot write the old id back.
     */
    static final Set<String> VERSIONED = Set.of("department", "relationship", "internal_request", "satisfaction_policy",
            "satisfaction_check", "objective", "measure", "review_item", "sponsor_note");

    /** What an update of {@code table} sets besides its change. */
    static String versionOf(String table) {
        return VERSIONED.contains(table) ? ", version = version + 1" : "";
    }

    private static Column single(String table, String column) {
        return new Column(table, column, null);
    }

    private static Column text(String table, String column) {
        return new Column(table, column, null);
    }

}
