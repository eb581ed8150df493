package com.icr.tenant.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.icr.tenant.LicenceState;
import com.icr.tenant.SiteLicence;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each site's licence as its host reports it, kept for {@code icr.licence.ttl} (timed by
 * the app's clock): the first door that reaches the site answers; a site no door reports
 * a licence for is a free or development install and counts as licensed. A host that
 * cannot be asked right now leaves the site as it was last known (licensed when never
 * known): a Jira outage must not lock a paying site.
 */
@Component
public class Licences {

    private static final Logger log = LoggerFactory.getLogger(Licences.class);

    /** Looked up when asked: the doors themselves need the tenant module. */
    private final ObjectProvider<SiteLicence> doors;

    private final LicenceSettings settings;

    private final Cache<TenantId, LicenceState> kept;

    private final Cache<TenantId, LicenceState> lastKnown;

    Licences(ObjectProvider<SiteLicence> doors, LicenceSettings settings, Clock clock) {
        this.doors = doors;
        this.settings = settings;
        this.kept = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(settings.ttl().toNanos(), TimeUnit.NANOSECONDS)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .build();
        this.lastKnown = Caffeine.newBuilder().maximumSize(20_000).build();
    }

    public LicenceState licenceOf(TenantId tenantId) {
        if (!settings.enforced()) {
            return LicenceState.ACTIVE;
        }
        LicenceState known = kept.getIfPresent(tenantId);
        if (known != null) {
            return known;
        }
        LicenceState asked;
        try {
            asked = doors.orderedStream()
                .map(door -> door.licenceOf(tenantId))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(LicenceState.ACTIVE);
        }
        catch (RuntimeException e) {
            LicenceState last = Optional.ofNullable(lastKnown.getIfPresent(tenantId)).orElse(LicenceState.ACTIVE);
            log.warn("The licence of site {} could not be read ({}); kept as {}", tenantId,
                    e.getClass().getSimpleName(), last);
            kept.put(tenantId, last); // asked again once the answer expires, not on every
                                      // call
            return last;
        }
        reported(tenantId, asked);
        return asked;
    }

    /** What a host said with a call it made (a Forge invocation token). */
    public void reported(TenantId tenantId, LicenceState state) {
        kept.put(tenantId, state);
        lastKnown.put(tenantId, state);
    }

}
