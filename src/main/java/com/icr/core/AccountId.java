package com.icr.core;

import java.util.regex.Pattern;

/**
 * A person: an Atlassian account id ({@code 557058:f1e2...},
 * {@code 5b10ac8d82e05b22cc7d4ef5}). The app stores people only as these; names are the
 * product's to tell.
 */
public record AccountId(String value) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,128}");

    public AccountId {
        if (value == null || !ACCOUNT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not an Atlassian account id");
        }
    }

    public static boolean isValid(String value) {
        return value != null && ACCOUNT_ID.matcher(value).matches();
    }

    /** The account a field names, stripped; null when it names none. */
    public static AccountId optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ACCOUNT_ID.matcher(id).matches()) {
            throw new InvalidInput(field, "input.not-account-id");
        }
        return new AccountId(id);
    }

    public static AccountId required(String field, String value) {
        AccountId id = optional(field, value);
        if (id == null) {
            throw new InvalidInput(field, "input.required");
        }
        return id;
    }

    /** The id a field names, or null: for the entities, which keep it as text. */
    public static String valueOf(String field, String value) {
        AccountId id = optional(field, value);
        return id == null ? null : id.value();
    }

    @Override
    public String toString() {
        return value;
    }
}
