package com.icr.intake;

import com.icr.tenant.TenantId;

/**
 * Works off the deliveries of one topic. Must be idempotent: a delivery whose node died
 * after the work and before it was marked done is handed over again. Throw
 * {@link com.icr.core.HostUnavailable} (with its {@code retryAfter}) to be tried again
 * later; any other exception counts as a failed attempt.
 */
public interface DeliveryHandler {

    String topic();

    void handle(TenantId tenantId, String payload);

}
