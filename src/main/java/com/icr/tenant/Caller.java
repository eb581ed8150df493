package com.icr.tenant;

import java.util.Optional;

/**
 * Who is calling: the tenant the request's JWT was verified for, through which product, and the user
 * ({@code sub}, an Atlassian account id) when the host sent one. Controllers take it as a parameter.
 */
public record Caller(TenantId tenantId, String clientKey, Product product, Optional<String> accountId) {
}
