package com.icr.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often every stored account is reported again ({@code icr.privacy.cycle}, an
 * ISO-8601 duration, default 7 days; a longer {@code Cycle-Period} from Atlassian wins),
 * and how often new account ids are looked for and due ones reported
 * ({@code icr.privacy.scan-every}, default a minute).
 */
@ConstructorBinding
@ConfigurationProperties("icr.privacy")
public record PrivacySettings(@DefaultValue("P7D") Duration cycle, @DefaultValue("PT1M") Duration scanEvery) {

    public PrivacySettings {
        if (cycle.isNegative() || cycle.isZero()) {
            throw new IllegalArgumentException("icr.privacy.cycle must be positive");
        }
    }

}
