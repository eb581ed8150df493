package com.icr.privacy;

import com.icr.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What stands for a closed account once its id is erased: the same for one account
 * everywhere on a site (so that counts of people and answers stay right), 44 characters,
 * a one-way hash that names nobody, and still a valid {@link com.icr.core.AccountId}.
 */
public final class Tombstone {

    static final String PREFIX = "former-user:";

    private Tombstone() {
    }

    /**
     * Whether this id is what an erased account left: such an id names nobody, and no
     * product is asked about it.
     */
    public static boolean isTombstone(String accountId) {
        return accountId != null && accountId.startsWith(PREFIX);
    }

    static String of(TenantId tenantId, String accountId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((tenantId.value() + "\n" + accountId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
