/**
 * Cross-cutting web plumbing only: JSON errors, security headers, health, page templates.
 * Knows nothing of Connect or of any feature, so every other package may use it.
 */
package com.icr.web;
