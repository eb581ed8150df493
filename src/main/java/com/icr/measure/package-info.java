/**
 * Step 5 of the practice: mutual {@link com.icr.measure.Measure}s two departments share,
 * tied to an objective, typed in or computed from the same figures as the matrix.
 * {@link com.icr.measure.MeasureManagement} is the door.
 */
package com.icr.measure;
