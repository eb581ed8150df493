/**
 * The machinery behind {@code com.icr.connect}'s door: entities, repositories,
 * controllers and helpers; no other module reaches in here.
 */
package com.icr.connect.internal;
