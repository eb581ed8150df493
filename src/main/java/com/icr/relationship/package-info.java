/**
 * Relationships: provider department to customer department, with the versioned agreement
 * between the two, and the Internal Customer Relationship Matrix read model built from
 * them.
 */
package com.icr.relationship;
