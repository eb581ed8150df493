/**
 * Everything that speaks Confluence: the Internal Customer Relationship Matrix macro, its
 * editor, and its static rendering for PDF and Word export (the matrix, or in review mode
 * a quarterly review with its charts).
 */
package com.icr.confluence;
