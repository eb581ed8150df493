/**
 * Steps 4 to 7 of the practice: the quarter's corporate {@link com.icr.alignment.Objective}s, the
 * {@link com.icr.alignment.Measure}s two departments share, the frustrations, assumptions and suggestions
 * each raises about the other ({@link com.icr.alignment.ReviewItem}), appreciation, the executive sponsor's
 * notes, and the quarterly review that puts them next to the satisfaction, yes/no and service figures.
 * Plain classes; no Connect types.
 */
package com.icr.alignment;
