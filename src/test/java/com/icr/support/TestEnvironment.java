package com.icr.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the app at the test key server, the Forge platform's stand-in, and at a fresh
 * data directory for each test context.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dataDir = Files.createTempDirectory("icr-test-");
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("icr-test",
                        Map.of("atlassian.connect.public-key-base-url", KeyServer.get().baseUrl(), "icr.data-dir",
                                dataDir.toString(), "icr.forge.app-id", ForgePlatform.APP_ID, "icr.forge.jwks-url",
                                ForgePlatform.get().jwksUrl(), "icr.privacy.scan-every", "PT1H", "icr.forge.api-url",
                                FakeJira.get().apiUrl())));
            context.getBeanFactory().addBeanPostProcessor(DatabaseOutage.installer());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
