package com.icr.tenant.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an uninstalled site's data is kept ({@code icr.tenant.retention}, default 60
 * days) before the scheduled purge ({@code icr.tenant.purge-cron}) deletes it.
 */
@ConstructorBinding
@ConfigurationProperties("icr.tenant")
public record TenantSettings(@DefaultValue("60d") Duration retention, @DefaultValue("0 17 3 * * *") String purgeCron) {

    public TenantSettings {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("icr.tenant.retention must not be negative");
        }
    }
}
