/**
 * The preview: with no Jira or Confluence at hand, {@code /preview} hosts the app's own
 * modules the way the products do (the real {@code connect-host.js}, iframes with
 * properly signed JWTs) for a built-in demo site. Never available under the
 * {@code production} profile.
 */
package com.icr.preview;
