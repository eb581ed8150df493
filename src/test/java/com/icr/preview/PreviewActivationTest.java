package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class PreviewActivationTest {

    @Test
    void isOnByDefaultForALocalRun() {
        assertThat(PreviewActivation.isOn(env("auto", "http://localhost:8080"))).isTrue();
    }

    @Test
    void isOffByDefaultBehindAPublicAddress() {
        assertThat(PreviewActivation.isOn(env("auto", "https://icr.example.com"))).isFalse();
    }

    @Test
    void isOffUnderTheProductionProfileEvenForALocalRun() {
        MockEnvironment production = env("auto", "http://localhost:8080");
        production.setActiveProfiles("production");

        assertThat(PreviewActivation.isOn(production)).isFalse();
    }

    @Test
    void cannotBeEnabledUnderTheProductionProfile() {
        MockEnvironment production = env("true", "https://icr.example.com");
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> PreviewActivation.isOn(production)).hasMessageContaining("production");
    }

    @Test
    void theAppRefusesToStartWithPreviewUnderProduction() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class).profiles("production");

        assertThatThrownBy(
                () -> app.run("--icr.preview.enabled=true", "--server.port=0", "--icr.data-dir=target/preview-refused"))
            .hasStackTraceContaining("not allowed under the production profile");
    }

    private static MockEnvironment env(String setting, String baseUrl) {
        return new MockEnvironment().withProperty("icr.preview.enabled", setting)
            .withProperty("addon.base-url", baseUrl);
    }

}
