/**
 * The machinery behind {@code com.icr.department}'s door: entities, repositories,
 * controllers and helpers; no other module reaches in here.
 */
package com.icr.department.internal;
