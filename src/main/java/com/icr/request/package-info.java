/**
 * Internal requests: Jira issues that one department asks of another. The provider comes
 * from the project (or component), the customer from its reporter's groups; the
 * people of the request (reporter, assignee, the departments' leads, the relationship's
 * owners) or an administrator correct either. The provider answers yes or no
 * ({@link com.icr.request.internal.Decision}), with history. Issue events reach this
 * module through the durable intake, in any order and any number of times:
 * {@link com.icr.request.internal.InternalRequest} applies them so that the outcome
 * depends on neither.
 */
package com.icr.request;
