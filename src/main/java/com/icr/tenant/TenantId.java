package com.icr.tenant;

import java.util.Objects;
import java.util.UUID;

/**
 * The tenant of every tenant-owned row: one site, shared by its Jira and Confluence
 * installations. A value object so that a tenant can never be confused with a client key
 * or any other string.
 */
public record TenantId(String value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value); // refuses anything that is not one of ours
    }

    static TenantId random() {
        return new TenantId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
