package com.icr.tenant;

/**
 * What a verified {@code installed} callback tells us about an installation. Comes only from a request
 * whose RS256 signature, {@code aud}, {@code qsh} and {@code iss} = client key were checked.
 */
public record InstallationSignal(String clientKey, Product product, String baseUrl) {
}
