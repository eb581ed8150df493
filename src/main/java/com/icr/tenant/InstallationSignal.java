package com.icr.tenant;

import java.util.Optional;

/**
 * What a verified installation tells us about itself. Connect: an {@code installed}
 * callback whose RS256 signature, {@code aud}, {@code qsh} and {@code iss} = client key
 * were checked; its base URL is also the site's address. Forge: an invocation token
 * Atlassian signed for our app; the base URL is where the product's API answers
 * ({@code app.apiBaseUrl}), and the site's address ({@code siteUrl}) is known only from
 * calls made by a page (null otherwise). {@code cloudId} is Atlassian's id of the site,
 * when the signal carries one (null otherwise).
 */
public record InstallationSignal(String clientKey, Product product, String baseUrl, String cloudId, String siteUrl) {

    /** A Connect installation: its base URL is the site's address. */
    public InstallationSignal(String clientKey, Product product, String baseUrl, String cloudId) {
        this(clientKey, product, baseUrl, cloudId, baseUrl);
    }

    /**
     * An installation whose payload named no cloudId (the preview, tests of stored rows).
     */
    public InstallationSignal(String clientKey, Product product, String baseUrl) {
        this(clientKey, product, baseUrl, null);
    }

    /** The site's address, when the signal says it. */
    public Optional<SiteUrl> site() {
        return Optional.ofNullable(siteUrl).flatMap(SiteUrl::of);
    }

    public Optional<String> cloud() {
        return Optional.ofNullable(cloudId).filter(id -> !id.isBlank());
    }
}
