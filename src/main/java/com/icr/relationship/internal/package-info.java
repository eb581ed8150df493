/**
 * The machinery behind {@code com.icr.relationship}'s door: entities, repositories,
 * controllers and helpers; no other module reaches in here.
 */
package com.icr.relationship.internal;
