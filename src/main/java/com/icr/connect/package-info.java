/**
 * The Connect front door: Atlassian Connect Spring Boot and its hardening, the
 * descriptors, the lifecycle callbacks, the JWT of every request resolved to a
 * {@link com.icr.tenant.Caller}, the page modules' shells, and calls to a site's Jira
 * signed as the app ({@link com.icr.jira.JiraConnections}). The only package, with the
 * preview, that imports {@code com.atlassian.connect.spring}.
 */
package com.icr.connect;
