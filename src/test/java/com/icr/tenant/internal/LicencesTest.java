package com.icr.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.TestClock;
import com.icr.tenant.LicenceState;
import com.icr.tenant.SiteLicence;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A site's licence: asked of the doors in order, kept for the TTL by the app's clock, a
 * host that cannot answer keeps what was last known, and licensing turned off asks
 * nobody.
 */
class LicencesTest {

    static final TenantId SITE = new TenantId(java.util.UUID.randomUUID().toString());

    final TestClock clock = new TestClock();

    final Deque<Object> answers = new ArrayDeque<>();

    final AtomicInteger asked = new AtomicInteger();

    final SiteLicence host = tenantId -> {
        asked.incrementAndGet();
        Object next = answers.isEmpty() ? Optional.empty() : answers.pop();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return next instanceof LicenceState s ? Optional.of(s) : Optional.empty();
    };

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Licences licences(boolean enforced, SiteLicence... doors) {
        return new Licences(provider(List.of(doors)), new LicenceSettings(enforced, Duration.ofMinutes(5)), clock);
    }

    @Test
    void keepsTheHostsAnswerForTheTtlThenAsksAgain() {
        Licences licences = licences(true, host);
        answers.add(LicenceState.INACTIVE);
        answers.add(LicenceState.EVALUATION);
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        assertThat(asked).hasValue(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.EVALUATION);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aSiteNoDoorReportsALicenceForCountsAsLicensed() {
        assertThat(licences(true, host).licenceOf(SITE)).isEqualTo(LicenceState.ACTIVE);
    }

    @Test
    void theFirstDoorWithAnAnswerDecides() {
        SiteLicence other = tenantId -> Optional.of(LicenceState.EVALUATION);
        answers.add(LicenceState.INACTIVE);
        assertThat(licences(true, host, other).licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        assertThat(licences(true, tenantId -> Optional.empty(), other).licenceOf(SITE))
            .isEqualTo(LicenceState.EVALUATION);
    }

    @Test
    void aHostThatCannotAnswerKeepsTheSiteAsLastKnownUntilTheTtlEnds() {
        Licences licences = licences(true, host);
        answers.add(LicenceState.INACTIVE);
        answers.add(new IllegalStateException("Jira is down"));
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        clock.advance(Duration.ofMinutes(6));
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
        assertThat(asked).as("the failure's answer is kept too").hasValue(2);
    }

    @Test
    void aReportedLicenceReplacesTheKeptOneAtOnce() {
        Licences licences = licences(true, host);
        answers.add(LicenceState.ACTIVE);
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.ACTIVE);
        licences.reported(SITE, LicenceState.INACTIVE);
        assertThat(licences.licenceOf(SITE)).isEqualTo(LicenceState.INACTIVE);
    }

    @Test
    void licensingOffAsksNobodyAndEverySiteIsLicensed() {
        answers.add(LicenceState.INACTIVE);
        assertThat(licences(false, host).licenceOf(SITE)).isEqualTo(LicenceState.ACTIVE);
        assertThat(asked).hasValue(0);
    }

    @Test
    void icrLicensingOffTurnsEnforcementOff() {
        LicenceSettings off = new Binder(new MapConfigurationPropertySource(Map.of("icr.licence.enforced", "off")))
            .bindOrCreate("icr.licence", LicenceSettings.class);
        assertThat(off.enforced()).isFalse();
        assertThat(off.ttl()).isEqualTo(Duration.ofMinutes(5));
        LicenceSettings on = new Binder(new MapConfigurationPropertySource(Map.of("icr.licence.enforced", "on")))
            .bindOrCreate("icr.licence", LicenceSettings.class);
        assertThat(on.enforced()).isTrue();
    }

    private static ObjectProvider<SiteLicence> provider(List<SiteLicence> doors) {
        return new ObjectProvider<>() {
            @Override
            public SiteLicence getObject(Object... args) {
                throw new UnsupportedOperationException();
            }

            @Override
            public SiteLicence getIfAvailable() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SiteLicence getIfUnique() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SiteLicence getObject() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stream<SiteLicence> orderedStream() {
                return doors.stream();
            }
        };
    }

}
