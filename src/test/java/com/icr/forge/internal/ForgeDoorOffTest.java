package com.icr.forge.internal;

import com.icr.web.ErrorMessages;
import org.springframework.context.support.ResourceBundleMessageSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.forge.ForgeSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Without an app id the Forge door is off: it says so when the app starts, refuses every
 * Forge call, and leaves Connect's requests to the Connect door.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgeDoorOffTest {

    final ForgeSettings off = new ForgeSettings(" ",
            URI.create("https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json"), Duration.ofHours(4),
            List.of());

    @Test
    void sayItIsOffAndRefusesForgeCallsButNotConnectOnes(CapturedOutput output) throws Exception {
        ForgeDoor door = new ForgeDoor(off, null, null, null, new ErrorMessages(bundle()));
        assertThat(output.getAll()).contains("Forge front door off: ICR_FORGE_APP_ID");

        MockHttpServletResponse forge = new MockHttpServletResponse();
        MockFilterChain forgeChain = new MockFilterChain();
        door.doFilter(request("/api/site", "Bearer a.b.c"), forge, forgeChain);
        assertThat(forge.getStatus()).isEqualTo(401);
        assertThat(forge.getErrorMessage()).contains("Forge front door is off");
        assertThat(forgeChain.getRequest()).isNull();

        MockHttpServletResponse trigger = new MockHttpServletResponse();
        door.doFilter(request("/forge/events/jira-issue", null), trigger, new MockFilterChain());
        assertThat(trigger.getStatus()).isEqualTo(401);

        MockFilterChain connectChain = new MockFilterChain();
        door.doFilter(request("/api/site", "JWT x.y.z"), new MockHttpServletResponse(), connectChain);
        assertThat(connectChain.getRequest()).as("a Connect call goes on to the Connect door").isNotNull();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/errors");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    private static MockHttpServletRequest request(String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

}
