package com.icr.privacy;

import java.time.Instant;

/** An account id the app stores, and when the app last had news of that person. */
public record ReportedAccount(String accountId, Instant updatedAt) {
}
