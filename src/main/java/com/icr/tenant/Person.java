package com.icr.tenant;

import com.icr.core.AccountId;
import java.util.Locale;
import java.util.Optional;

/**
 * A person as the product tells: the name and avatar pages show, the locale emails are
 * written in. {@code former}: the product no longer knows the account (closed, deleted,
 * erased): no name, no avatar, shown as "Former user" in the reader's language.
 */
public record Person(AccountId accountId, String displayName, String avatarUrl, Locale locale, boolean former) {

    public static Person former(AccountId accountId) {
        return new Person(accountId, null, null, null, true);
    }

    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(locale);
    }

}
