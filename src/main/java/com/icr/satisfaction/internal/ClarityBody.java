package com.icr.satisfaction.internal;

/** The assignee's rating of how clearly the request said what was wanted. */
record ClarityBody(Integer rating, String comment) {
}
