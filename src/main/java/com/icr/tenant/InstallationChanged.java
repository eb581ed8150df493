package com.icr.tenant;

/**
 * Published after an installation was linked, reinstalled, uninstalled, enabled or
 * disabled, outside the transaction: a front door forgets what it kept of that
 * installation (its host, its secret).
 */
public record InstallationChanged(String clientKey) {
}
