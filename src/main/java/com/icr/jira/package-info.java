/**
 * What speaks Jira: its REST API behind the ports the domain owns (issues, groups,
 * watchers, entity properties, the notify API, the permission check), with its rate limit
 * honoured per site; and its issue webhook. How a call reaches a site's Jira
 * ({@link com.icr.jira.JiraConnections}) is the front door's.
 */
package com.icr.jira;
