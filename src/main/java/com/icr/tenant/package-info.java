/**
 * Who is installed. Every installation (a Connect client key) belongs to one site, the
 * unit of tenancy ({@link com.icr.tenant.TenantId}); retention and purge of sites that
 * left. Knows no front door: the adapters ({@code connect}) tell it what was installed
 * and ask it who is calling.
 */
package com.icr.tenant;
