package com.icr.preview;

import com.icr.forge.ForgeSettings;
import com.icr.forge.InvocationKeys;
import com.icr.tenant.LicenceState;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The preview's stand-in for the Forge platform's side of the door: a signing key drawn
 * at every start (never leaves the server), invocation tokens for the demo site signed
 * with it as Forge signs them, and that key added to the keys the door trusts (every
 * other key still comes from Atlassian's key set). Only while the preview is on, which it
 * never is under the production profile.
 */
@Primary
@Component
@Conditional(PreviewActivation.class)
class PreviewForge implements InvocationKeys {

    static final String INSTALLATION_ID = "ari:cloud:ecosystem::installation/00000000-0000-4000-8000-0000000d3e40";

    static final String CLOUD_ID = "00000000-0000-4000-8000-00000000c10d";

    static final String API_BASE_URL = "https://api.preview.icr.invalid/ex/jira/" + CLOUD_ID;

    private final InvocationKeys published;

    private final ForgeSettings settings;

    private final Clock clock;

    private final DemoLicence licence;

    private final RSAKey key;

    PreviewForge(@Qualifier("publishedKeys") InvocationKeys published, ForgeSettings settings, Clock clock,
            DemoLicence licence) {
        this.published = published;
        this.settings = settings;
        this.clock = clock;
        this.licence = licence;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("icr-preview-" + UUID.randomUUID()).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<RSAKey> key(String keyId) {
        return key.getKeyID().equals(keyId) ? Optional.of(key.toPublicJWK()) : published.key(keyId);
    }

    /**
     * An invocation token for a page of the demo site's Jira, as Forge issues one for
     * {@code requestRemote}: the demo user, the module, the issue a panel shows, and the
     * licence the preview's switch set, as a paid app's tokens carry it.
     */
    String tokenFor(String moduleKey, String issueId) {
        String app = settings.app()
            .orElseThrow(() -> new IllegalStateException("The Forge door is off (icr.forge.app-id)"));
        Map<String, Object> context = new HashMap<>();
        context.put("cloudId", CLOUD_ID);
        context.put("siteUrl", DemoSite.BASE_URL);
        context.put("moduleKey", moduleKey);
        if (issueId != null) {
            context.put("extension", Map.of("type", "jira:issuePanel", "issue", Map.of("id", issueId)));
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("forge/invocation-token")
            .audience(app)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(25)))
            .jwtID(UUID.randomUUID().toString())
            .claim("app",
                    Map.of("id", app, "appVersion", "preview", "installationId", INSTALLATION_ID, "apiBaseUrl",
                            API_BASE_URL, "installation",
                            Map.of("id", INSTALLATION_ID, "contexts",
                                    List.of(Map.of("name", "jira", "apiBaseUrl", API_BASE_URL, "cloudId", CLOUD_ID))),
                            "module", Map.of("type", "xen:" + moduleKey, "key", moduleKey), "license",
                            Map.of("active", licence.state().licensed(), "isEvaluation",
                                    licence.state() == LicenceState.EVALUATION)))
            .claim("context", context)
            .claim("principal", DemoSite.USER_ACCOUNT_ID)
            .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

}
