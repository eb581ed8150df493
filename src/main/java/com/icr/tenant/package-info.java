/**
 * Who is installed. Every Jira and Confluence installation (client key) belongs to one site, the unit of
 * tenancy ({@link com.icr.tenant.TenantId}). The only package, with the adapters, that knows Connect.
 */
package com.icr.tenant;
