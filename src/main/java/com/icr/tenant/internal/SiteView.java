package com.icr.tenant.internal;

import com.icr.tenant.LicenceState;
import com.icr.tenant.Product;
import com.icr.tenant.SiteStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /api/site}: the site's installations as the caller's product sees them. */
@Schema(name = "Site")
record SiteView(String siteUrl, @Schema(allowableValues = {
        "jira", "confluence" }) String viewedFrom, ProductView jira, ProductView confluence, boolean linked,
        @Schema(description = "The app's licence on the site as its host reports it: evaluation and active take edits, inactive only reads",
                allowableValues = { "active", "evaluation", "inactive" }) String licence){

    @Schema(name = "ProductInstallation")
    record ProductView(boolean installed, boolean enabled, @Schema(nullable = true) String baseUrl,
            @Schema(nullable = true) Instant installedAt) {
        static final ProductView ABSENT = new ProductView(false, false, null, null);

    }

    static SiteView of(SiteStatus status, Product viewedFrom, LicenceState licence) {
        return new SiteView(status.siteUrl(), viewedFrom.key(), viewOf(status, Product.JIRA),
                viewOf(status, Product.CONFLUENCE), status.linked(), licence.name().toLowerCase(Locale.ROOT));
    }

    private static ProductView viewOf(SiteStatus status, Product product) {
        // The most recent installation of the product (a restored site has an older one
        // that was replaced).
        Optional<SiteStatus.InstallationView> latest = status.installations()
            .stream()
            .filter(i -> i.product() == product)
            .reduce((first, second) -> second.installed() || !first.installed() ? second : first);
        return latest.map(i -> new ProductView(i.installed(), i.enabled(), i.baseUrl(), i.installedAt()))
            .orElse(ProductView.ABSENT);
    }
}
