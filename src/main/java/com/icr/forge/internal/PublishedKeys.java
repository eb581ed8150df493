package com.icr.forge.internal;

import com.icr.forge.ForgeSettings;
import com.icr.forge.InvocationKeys;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The key set Atlassian publishes for invocation tokens ({@code icr.forge.jwks-url}),
 * kept in memory. A key id it does not hold makes it read the set again, but never more
 * than once a minute, so a stream of tokens with made-up key ids costs one request a
 * minute; a set older than an hour is read again at the next token, so a key Atlassian
 * withdrew stops being trusted. When the set cannot be read, the keys read before stay.
 */
@Component
class PublishedKeys implements InvocationKeys {

    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    static final Duration MAX_AGE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(PublishedKeys.class);

    private final ForgeSettings settings;

    private final RestTemplate http;

    private final Clock clock;

    private volatile JWKSet keys = new JWKSet();

    private volatile Instant readAt = Instant.MIN;

    private Instant triedAt = Instant.MIN;

    PublishedKeys(ForgeSettings settings, RestTemplateBuilder http, Clock clock) {
        this.settings = settings;
        this.http = http.setConnectTimeout(Duration.ofSeconds(3)).setReadTimeout(Duration.ofSeconds(5)).build();
        this.clock = clock;
    }

    @Override
    public Optional<RSAKey> key(String keyId) {
        Optional<RSAKey> kept = find(keys, keyId);
        if (kept.isPresent() && readAt.plus(MAX_AGE).isAfter(clock.instant())) {
            return kept;
        }
        return readAgain(keyId).or(() -> kept);
    }

    private synchronized Optional<RSAKey> readAgain(String keyId) {
        Instant now = clock.instant();
        Optional<RSAKey> found = find(keys, keyId);
        if (found.isPresent() && readAt.plus(MAX_AGE).isAfter(now) || triedAt.plus(MIN_INTERVAL).isAfter(now)) {
            return found;
        }
        triedAt = now;
        try {
            String body = http.getForObject(settings.jwksUrl(), String.class);
            keys = JWKSet.parse(body == null ? "" : body);
            readAt = now;
        }
        catch (RestClientException | java.text.ParseException e) {
            log.warn("Could not read Forge's invocation token keys from {}: {}", settings.jwksUrl(),
                    e.getClass().getSimpleName());
        }
        return find(keys, keyId);
    }

    private static Optional<RSAKey> find(JWKSet set, String keyId) {
        JWK key = keyId == null ? null : set.getKeyByKeyId(keyId);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

}
