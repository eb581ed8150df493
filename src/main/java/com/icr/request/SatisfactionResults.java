package com.icr.request;

import com.icr.tenant.TenantId;
import java.util.Optional;

/**
 * What the issue's latest satisfaction check says, for its summary (the entity property
 * JQL searches), from the module that runs the checks: this one knows nothing of it, the
 * way the matrix knows nothing of requests.
 */
public interface SatisfactionResults {

    Optional<Result> resultOf(TenantId tenantId, String issueId);

    /**
     * @param state scheduled, awaiting, answered or expired
     * @param rating the average rating of the answers, null before any
     * @param met the worst of the answers' "expectation met": yes, partly or no; null
     * before any
     */
    record Result(String state, Double rating, String met) {
    }

}
