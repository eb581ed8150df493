package com.icr.connect.internal;

import com.atlassian.connect.spring.internal.descriptor.AddonDescriptor;
import com.atlassian.connect.spring.internal.descriptor.AddonDescriptorLoader;

/**
 * ACSB's descriptor loader reads {@code atlassian-connect.json}, resolves its
 * placeholders against the whole environment and parses it on every call, and ACSB calls
 * it five times for each signed request (its two JWT filters ask twice each whether the
 * request is a lifecycle callback, its JWT provider once for the app key) and once for
 * each call to a product: a tenth of the app's CPU under webhook load. The result cannot
 * change while the app runs, so it is kept once complete: not before the server listens,
 * because the base URL may name its port ({@code ${local.server.port}}), unresolved until
 * then.
 */
class CachedDescriptorLoader extends AddonDescriptorLoader {

    private volatile String raw;

    private volatile AddonDescriptor descriptor;

    @Override
    public String getRawDescriptor() {
        String known = raw;
        if (known != null) {
            return known;
        }
        String read = super.getRawDescriptor();
        if (!read.contains("${")) {
            raw = read;
        }
        return read;
    }

    @Override
    public AddonDescriptor getDescriptor() {
        AddonDescriptor known = descriptor;
        if (known != null) {
            return known;
        }
        String before = raw;
        AddonDescriptor parsed = super.getDescriptor(); // parses getRawDescriptor(),
                                                        // which keeps the text once
                                                        // resolved
        if (before != null || raw != null) {
            descriptor = parsed;
        }
        return parsed;
    }

}
