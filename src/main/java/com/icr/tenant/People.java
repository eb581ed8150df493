package com.icr.tenant;

import com.icr.core.AccountId;
import java.util.Collection;
import java.util.Map;

/**
 * Who the accounts a site stores are, as its product tells (port; jira implements it, the
 * preview has its own people). Names, avatars and locales are asked for, kept in memory a
 * few minutes and never written to the database. An account the product no longer knows,
 * and a tombstone left by erasure, is a {@link Person#former former user}, never an
 * error.
 */
public interface People {

    /**
     * The person each account is, one entry per account asked for: those not kept from an
     * earlier answer in one bulk call to the product.
     */
    Map<AccountId, Person> of(TenantId site, Collection<AccountId> accounts);

}
