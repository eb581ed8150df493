package com.icr.tenant;

import java.util.Arrays;
import java.util.Optional;

/** The Atlassian products the app installs into. */
public enum Product {

    JIRA("jira"), CONFLUENCE("confluence");

    private final String key;

    Product(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * The product of an install payload's {@code productType}, or empty for one we do not
     * support.
     */
    public static Optional<Product> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equalsIgnoreCase(key)).findFirst();
    }

}
