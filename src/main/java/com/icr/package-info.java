/**
 * Internal Customer Relationships. Packages are by feature; dependencies point from the
 * front doors ({@code connect}, and the preview's demo site) through the product adapters
 * ({@code jira}, {@code confluence}) down to the domain, {@code tenant}, {@code core} and
 * {@code web} (ArchitectureTest keeps the table).
 */
package com.icr;
