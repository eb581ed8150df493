package com.icr.preview;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the preview is on: {@code icr.preview.enabled} is {@code true}, or {@code auto}
 * (the default) and the app's base URL is a loopback address, as in a local run. Under
 * the {@code production} profile it is off, and asking for it is a start-up error rather
 * than a silent no.
 */
final class PreviewActivation implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    static boolean isOn(Environment environment) {
        String setting = environment.getProperty("icr.preview.enabled", "auto").trim().toLowerCase(Locale.ROOT);
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        if (production) {
            if (setting.equals("true")) {
                throw new IllegalStateException("icr.preview.enabled=true is not allowed under the production profile");
            }
            return false;
        }
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> isLoopback(environment.getProperty("addon.base-url", ""));
            default -> throw new IllegalStateException("icr.preview.enabled must be true, false or auto");
        };
    }

    private static boolean isLoopback(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

}
