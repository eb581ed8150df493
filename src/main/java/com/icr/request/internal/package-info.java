/**
 * The machinery behind {@code com.icr.request}'s door: entities, repositories,
 * controllers and helpers; no other module reaches in here.
 */
package com.icr.request.internal;
