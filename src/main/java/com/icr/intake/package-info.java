/**
 * The durable intake: what arrives from outside (Jira's webhooks) and what must reach
 * outside (entity properties, later notifications) is written to {@code intake_delivery}
 * first, in the request that brought it, and worked off afterwards by
 * {@link com.icr.intake.internal.IntakeWorker}. A delivery is applied at least once and
 * its handler is idempotent, so a restart, a crash or a second node loses nothing and
 * doubles nothing.
 */
package com.icr.intake;
