package com.icr.tenant;

import java.time.Instant;
import java.util.List;

/** A site's installations, as the Getting started page shows them. */
public record SiteStatus(String siteUrl, List<InstallationView> installations) {

    public record InstallationView(Product product, String baseUrl, boolean installed, boolean enabled,
            Instant installedAt) {
    }

    public boolean installedIn(Product product) {
        return installations.stream().anyMatch(i -> i.product() == product && i.installed());
    }

    /**
     * Jira and Confluence are linked when both are installed and share this site's data.
     */
    public boolean linked() {
        return installedIn(Product.JIRA) && installedIn(Product.CONFLUENCE);
    }
}
