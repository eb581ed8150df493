/**
 * Steps 6 and 7 of the practice and the quarterly review that puts them together: the
 * frustrations, assumptions and suggestions each side raises
 * ({@link com.icr.review.internal.ReviewItem}), the executive sponsor's notes, and the
 * review of a relationship or a department next to its figures, measures, objectives and
 * appreciation. {@link com.icr.review.ReviewManagement} is the door.
 */
package com.icr.review;
