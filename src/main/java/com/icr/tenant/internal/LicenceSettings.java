package com.icr.tenant.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Licensing: whether the host's licence is enforced ({@code icr.licence.enforced}, off
 * for development installs with {@code ICR_LICENSING=off}) and how long a site's licence
 * answer is kept ({@code icr.licence.ttl}, default five minutes).
 */
@ConstructorBinding
@ConfigurationProperties("icr.licence")
public record LicenceSettings(@DefaultValue("true") boolean enforced, @DefaultValue("PT5M") Duration ttl) {

    public LicenceSettings {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("icr.licence.ttl must not be negative");
        }
    }
}
