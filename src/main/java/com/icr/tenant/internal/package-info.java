/**
 * The machinery behind {@code com.icr.tenant}'s door: entities, repositories, controllers
 * and helpers; no other module reaches in here.
 */
package com.icr.tenant.internal;
