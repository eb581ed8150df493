package com.icr.forge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Forge door's settings ({@code icr.forge}): our app's id as Forge knows it
 * ({@code ICR_FORGE_APP_ID}, an ARI such as {@code ari:cloud:ecosystem::app/<uuid>};
 * blank turns the door off), where Atlassian publishes the keys that sign invocation
 * tokens ({@code ICR_FORGE_JWKS_URL}), and how long a system token Forge sent is used at
 * most (Atlassian's tokens live up to four hours; one Jira refused is dropped at once).
 */
@ConstructorBinding
@ConfigurationProperties("icr.forge")
public record ForgeSettings(String appId,
        @DefaultValue("https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json") URI jwksUrl,
        @DefaultValue("4h") Duration systemTokenLifetime, @DefaultValue( {
                "https://*.atlassian.net", "https://*.jira.com",
                "https://*.atlassian-dev.net" }) List<String> allowedOrigins){

    public static final String APP_ARI_PREFIX = "ari:cloud:ecosystem::app/";

    public ForgeSettings {
        if (appId != null && !appId.isBlank() && !appId.strip().startsWith(APP_ARI_PREFIX)) {
            throw new IllegalArgumentException(
                    "icr.forge.app-id (ICR_FORGE_APP_ID) must be the app's ARI, " + APP_ARI_PREFIX + "<uuid>");
        }
        appId = appId == null || appId.isBlank() ? null : appId.strip();
    }

    /** Our app's id; empty when the Forge door is off. */
    public Optional<String> app() {
        return Optional.ofNullable(appId);
    }

}
