/**
 * Satisfaction checks: when a department finishes work for another, the person it worked
 * for says whether it met the agreed expectation. A check is opened per resolution of an
 * internal request (from the request module's changes, in their transaction), asked,
 * reminded and expired by scheduled deliveries of the intake, and counted per
 * relationship and quarter for the matrix. Notices to people go through the intake as an
 * outbox, to the site's {@link com.icr.satisfaction.Notifier}.
 */
package com.icr.satisfaction;
