package com.icr.tenant;

import java.util.Optional;

/**
 * What a verified {@code installed} callback tells us about an installation. Comes only
 * from a request whose RS256 signature, {@code aud}, {@code qsh} and {@code iss} = client
 * key were checked. {@code cloudId} is Atlassian's id of the site, when the payload
 * carries one (null otherwise).
 */
public record InstallationSignal(String clientKey, Product product, String baseUrl, String cloudId) {

    /**
     * An installation whose payload named no cloudId (the preview, tests of stored rows).
     */
    public InstallationSignal(String clientKey, Product product, String baseUrl) {
        this(clientKey, product, baseUrl, null);
    }

    public Optional<String> cloud() {
        return Optional.ofNullable(cloudId).filter(id -> !id.isBlank());
    }
}
