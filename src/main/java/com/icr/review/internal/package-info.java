/**
 * The machinery behind {@code com.icr.review}'s door: entities, repositories, controllers
 * and helpers; no other module reaches in here.
 */
package com.icr.review.internal;
