package com.icr.tenant;

/**
 * What the host says of the app's licence on a site: a paid licence, a free evaluation,
 * or none (expired, cancelled). An inactive site keeps its data and its figures but takes
 * no edits and sends no notifications.
 */
public enum LicenceState {

    ACTIVE, EVALUATION, INACTIVE;

    /** Whether the site may change its data and be notified. */
    public boolean licensed() {
        return this != INACTIVE;
    }

    /** The state a host's licence fields describe: {@code active}, {@code evaluation}. */
    public static LicenceState of(boolean active, boolean evaluation) {
        if (!active) {
            return INACTIVE;
        }
        return evaluation ? EVALUATION : ACTIVE;
    }

}
