package com.icr.tenant;

import java.util.Optional;

/**
 * Who is calling: the tenant the request's JWT was verified for, through which product,
 * the user ({@code sub}, an Atlassian account id) when the host sent one, and the issue
 * the host opened the calling page on when its signed token names one (a Jira context
 * token's {@code context.jira.issue.id}). Controllers take it as a parameter.
 */
public record Caller(TenantId tenantId, String clientKey, Product product, Optional<String> accountId,
        Optional<String> issueInContext) {

    /**
     * The request attribute under which the request's caller is kept once resolved: who
     * caused what the request does.
     */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    /** A caller whose token names no issue. */
    public Caller(TenantId tenantId, String clientKey, Product product, Optional<String> accountId) {
        this(tenantId, clientKey, product, accountId, Optional.empty());
    }

    /**
     * Whether the host signed that this caller's page shows this issue (Jira shows an
     * issue's panels only to who may browse it).
     */
    public boolean openedOn(String issueId) {
        return issueInContext.filter(issueId::equals).isPresent();
    }
}
