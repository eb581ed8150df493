/**
 * The executive digest: each relationship's owners and sponsor read, weekly or monthly,
 * what changed (new noes and their reasons, low ratings with their comments, missed
 * service targets, new frustrations and suggestions, thanks given) on a page kept up to
 * date in the Confluence space an administrator picked, in the reader's language. The
 * port {@link com.icr.digest.DigestPages} writes the pages (a front door's Confluence);
 * runs are intake deliveries, one per site and period across nodes.
 */
package com.icr.digest;
