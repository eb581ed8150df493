package com.icr.relationship;

/** How fast the provider answers and resolves the customer's requests, in hours; null when not agreed. */
public record ServiceTarget(Integer firstResponseHours, Integer resolutionHours) {

    public static final ServiceTarget NONE = new ServiceTarget(null, null);
}
