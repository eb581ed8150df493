/**
 * Everything that speaks Jira: its page modules (admin page, relationship matrix), and later the webhook
 * intake, the issue panel and context, and entity properties.
 */
package com.icr.jira;
