package com.icr.forge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.forge.ForgeSettings;
import com.icr.support.ForgePlatform;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The invocation token keys: read once and kept, read again for an unknown key id but at
 * most once a minute, and again once they are an hour old.
 */
class PublishedKeysTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));

    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    final ForgePlatform forge = ForgePlatform.get();

    final PublishedKeys keys = new PublishedKeys(
            new ForgeSettings(ForgePlatform.APP_ID, URI.create(forge.jwksUrl()), Duration.ofHours(4), List.of()),
            new RestTemplateBuilder(), clock);

    @Test
    void anUnknownKeyIdIsLookedUpAtMostOnceAMinuteAndARotatedKeyIsFound() {
        RSAKey rotated = forge.rotate();
        int before = forge.keyReads();
        assertThat(keys.key(rotated.getKeyID()))
            .hasValueSatisfying(k -> assertThat(k.toPublicJWK()).isEqualTo(rotated.toPublicJWK()));
        assertThat(forge.keyReads()).isEqualTo(before + 1);
        // kept: no more reads for a known key
        keys.key(rotated.getKeyID());
        assertThat(forge.keyReads()).isEqualTo(before + 1);
        // a flood of made-up key ids: one read a minute at most
        for (int i = 0; i < 50; i++) {
            assertThat(keys.key("made-up-" + i)).isEmpty();
        }
        assertThat(forge.keyReads()).isEqualTo(before + 1);
        RSAKey next = forge.rotate();
        assertThat(keys.key(next.getKeyID())).as("within the minute").isEmpty();
        now.set(now.get().plusSeconds(61));
        assertThat(keys.key(next.getKeyID())).isPresent();
        assertThat(forge.keyReads()).isEqualTo(before + 2);
        // an hour later the set is read again, so a withdrawn key stops being trusted
        now.set(now.get().plus(Duration.ofMinutes(61)));
        keys.key(next.getKeyID());
        assertThat(forge.keyReads()).isEqualTo(before + 3);
    }

    @Test
    void aKeySetThatCannotBeReadTrustsNoKey() {
        RSAKey known = forge.rotate();
        assertThat(keys.key(known.getKeyID())).isPresent();
        PublishedKeys unreachable = new PublishedKeys(new ForgeSettings(ForgePlatform.APP_ID,
                URI.create("http://127.0.0.1:9/jwks.json"), Duration.ofHours(4), List.of()), new RestTemplateBuilder(),
                clock);
        assertThat(unreachable.key(known.getKeyID())).isEmpty();
    }

}
