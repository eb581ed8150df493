package com.icr.preview;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A local run shows the pages through the Forge door too: while the preview is on and no
 * app id is set ({@code ICR_FORGE_APP_ID}), the door is turned on with a preview app id,
 * whose tokens only the preview's own key ({@link PreviewForge}) signs.
 */
class PreviewForgeDefaults implements EnvironmentPostProcessor {

    static final String PREVIEW_APP_ID = "ari:cloud:ecosystem::app/00000000-0000-4000-8000-00000000face";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String appId = environment.getProperty("icr.forge.app-id", "");
        if (appId.isBlank() && PreviewActivation.isOn(environment)) {
            environment.getPropertySources()
                .addFirst(new MapPropertySource("icr-preview-forge", Map.of("icr.forge.app-id", PREVIEW_APP_ID)));
        }
    }

}
