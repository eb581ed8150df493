/**
 * The machinery behind {@code com.icr.satisfaction}'s door: entities, repositories,
 * controllers and helpers; no other module reaches in here.
 */
package com.icr.satisfaction.internal;
