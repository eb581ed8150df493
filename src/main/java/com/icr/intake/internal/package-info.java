/**
 * The machinery behind {@code com.icr.intake}'s door: entities, repositories, controllers
 * and helpers; no other module reaches in here.
 */
package com.icr.intake.internal;
