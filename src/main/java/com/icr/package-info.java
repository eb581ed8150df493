/**
 * Internal Customer Relationships. Packages are by feature; dependencies point from the adapters
 * ({@code jira}, {@code confluence}, {@code preview}) down to the domain and to {@code tenant}.
 */
package com.icr;
