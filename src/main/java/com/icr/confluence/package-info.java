/**
 * Everything that speaks Confluence: the Internal Customer Relationship Matrix macro, its
 * editor, and its static rendering for PDF and Word export (the matrix, or in review mode
 * a quarterly review with its charts): HTML for the Connect door, ADF for the Forge
 * door's {@code adfExport}.
 */
package com.icr.confluence;
