/**
 * Appreciation: thanks from a customer department to the people who served it, given at
 * any time or from a satisfaction check, over the one ledger that keeps the daily limit.
 * {@link com.icr.appreciation.AppreciationManagement} is the door.
 */
package com.icr.appreciation;
