package com.icr.forge.internal;

import com.icr.tenant.LicenceState;
import com.icr.tenant.Product;
import java.util.Optional;

/**
 * What a verified invocation token says: which installation of our app (and through which
 * product) called, where that product's API answers, the site (cloudId, and its address
 * when a page called), the user when a page called ({@code principal}), the issue a Jira
 * page was opened on, and whether the site's licence is active and an evaluation (present
 * for paid production installs only).
 */
record Invocation(String installationId, Product product, String apiBaseUrl, String cloudId, Optional<String> siteUrl,
        Optional<String> principal, Optional<String> issueId, String moduleKey, Optional<Boolean> licenseActive,
        boolean licenseEvaluation) {

    /**
     * The key the installation is known by among the site's installations: one per
     * installation and product, as a Forge installation may span Jira and Confluence.
     */
    /**
     * The licence the token carries; none for a free or development install, which
     * Atlassian sends without {@code app.license} and which counts as licensed.
     */
    Optional<LicenceState> licence() {
        return licenseActive.map(active -> LicenceState.of(active, licenseEvaluation));
    }

    String installationKey() {
        return installationId + "#" + product.key();
    }

}
