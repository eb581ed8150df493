package com.icr.connect.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of a lifecycle callback body that we check before ACSB stores anything. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LifecyclePayload(String key, String clientKey, String sharedSecret, String baseUrl, String productType,
        String eventType, String cloudId) {
}
