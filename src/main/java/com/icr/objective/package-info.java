/**
 * Step 4 of the practice: the quarter's corporate {@link com.icr.objective.Objective}s,
 * each with an owner, and the relationships that support them.
 * {@link com.icr.objective.ObjectiveManagement} is the door.
 */
package com.icr.objective;
