package com.icr.forge.internal;

import com.icr.forge.ForgeSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A Forge page calls {@code /api} with {@code requestRemote}, which Forge sends from the
 * browser (the page is on Atlassian's origin, not ours): the API answers the browser's
 * cross-origin checks for the origins Atlassian serves sites and Forge pages from
 * ({@code icr.forge.allowed-origins}), without cookies (the invocation token is the only
 * credential). Off with the door.
 */
@Configuration(proxyBeanMethods = false)
class ForgeCors implements WebMvcConfigurer {

    private final ForgeSettings settings;

    ForgeCors(ForgeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (settings.app().isEmpty() || settings.allowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping("/api/**")
            .allowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new))
            .allowedMethods("GET", "POST", "PUT", "DELETE")
            .allowedHeaders("Authorization", "Content-Type", "Accept")
            .exposedHeaders("Retry-After", "Location")
            .allowCredentials(false)
            .maxAge(3600);
    }

}
