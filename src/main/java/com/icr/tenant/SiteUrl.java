package com.icr.tenant;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical address of a site: scheme, host and port of an installation's base URL,
 * lower case, and its path without Confluence's {@code /wiki} context path. Jira at
 * {@code https://acme.atlassian.net} and Confluence at
 * {@code https://acme.atlassian.net/wiki} have the same site URL.
 */
public record SiteUrl(String value) {

    public static Optional<SiteUrl> of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank() || baseUrl.length() > 255) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith("/wiki")) {
            path = path.substring(0, path.length() - "/wiki".length());
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return Optional.of(new SiteUrl(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path));
    }

    @Override
    public String toString() {
        return value;
    }
}
