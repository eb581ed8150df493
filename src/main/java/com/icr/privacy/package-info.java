/**
 * Personal data reporting: every account id the app stores is registered, reported to
 * Atlassian once a cycle through a front door's {@link com.icr.privacy.AccountReporting},
 * and erased (replaced by a tombstone, the person's comments blanked) once Atlassian says
 * the account is closed.
 */
package com.icr.privacy;
