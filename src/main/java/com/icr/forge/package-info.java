/**
 * The Forge front door: our backend as the remote of a Forge app (Forge Remote). Every
 * call carries a Forge Invocation Token (FIT), verified in one place
 * ({@code internal.InvocationTokens}) and resolved to the same
 * {@link com.icr.tenant.Caller} as a Connect context token; installations join their site
 * by its cloudId; the product events, lifecycle and scheduled triggers arrive at
 * {@code /forge/**}; calls to a site's Jira go to the installation's {@code apiBaseUrl}
 * with the app's system token that Forge sent last
 * ({@link com.icr.jira.JiraConnections}). Off unless {@code icr.forge.app-id}
 * ({@code ICR_FORGE_APP_ID}) is set.
 */
package com.icr.forge;
