/**
 * Everything that speaks Confluence: the Internal Customer Relationship Matrix macro, its editor, and its
 * static rendering for PDF and Word export.
 */
package com.icr.confluence;
