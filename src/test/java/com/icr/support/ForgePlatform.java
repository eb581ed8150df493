package com.icr.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the Forge platform, which cannot run here, as its documentation describes
 * it ("Forge Remote", "The Forge Invocation Token"): it publishes its signing keys as a
 * JWKS ({@link #jwksUrl}, counting the reads) and signs invocation tokens (RS256,
 * {@code kid}, {@code iss = forge/invocation-token}, {@code aud} and {@code app.id} = the
 * app, {@code app.installationId}, {@code app.apiBaseUrl}, the installation's contexts,
 * {@code context} and {@code principal} for calls from a page). One per test JVM.
 */
public final class ForgePlatform {

    /** The app id the tests run the app with ({@code icr.forge.app-id}). */
    public static final String APP_ID = "ari:cloud:ecosystem::app/6f0c9d1e-5a0b-4c1e-9a57-1c2d3e4f5a6b";

    private static ForgePlatform instance;

    private final HttpServer server;

    private final List<RSAKey> published = new CopyOnWriteArrayList<>();

    private final AtomicInteger keyReads = new AtomicInteger();

    private final RSAKey key;

    private ForgePlatform() throws IOException {
        key = newKey("forge-test-" + UUID.randomUUID());
        published.add(key);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            keyReads.incrementAndGet();
            byte[] body = new JWKSet(new ArrayList<>(published.stream().map(RSAKey::toPublicJWK).toList())).toString()
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        StandInServers.startInBackground(server);
    }

    public static synchronized ForgePlatform get() {
        if (instance == null) {
            try {
                instance = new ForgePlatform();
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The id of the key the platform signs with. */
    public String keyId() {
        return key.getKeyID();
    }

    /** How often the key set was read. */
    public int keyReads() {
        return keyReads.get();
    }

    /** A new key, published from now on (a key rotation). */
    public RSAKey rotate() {
        RSAKey next = newKey("forge-test-" + UUID.randomUUID());
        published.add(next);
        return next;
    }

    /** A key nobody published. */
    public static RSAKey unpublishedKey() {
        return newKey("forge-test-" + UUID.randomUUID());
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        }
        catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An installation of the app into one product of a site. */
    public record Installation(String installationId, String product, String apiBaseUrl, String cloudId,
            String siteUrl) {

        public Installation reinstalled() {
            return new Installation("ari:cloud:ecosystem::installation/" + UUID.randomUUID(), product, apiBaseUrl,
                    cloudId, siteUrl);
        }

    }

    public static Installation install(String product, String apiBaseUrl, String cloudId, String siteUrl) {
        return new Installation("ari:cloud:ecosystem::installation/" + UUID.randomUUID(), product, apiBaseUrl, cloudId,
                siteUrl);
    }

    /** An invocation token, to be changed before signing. */
    public Token token(Installation installation) {
        return new Token(installation);
    }

    public final class Token {

        private final Map<String, Object> app = new LinkedHashMap<>();

        private final Map<String, Object> claims = new LinkedHashMap<>();

        private RSAKey signer = key;

        private JWSAlgorithm alg = JWSAlgorithm.RS256;

        private String kid;

        private Instant expires = Instant.now().plusSeconds(25);

        private Instant notBefore = Instant.now().minusSeconds(1);

        private Token(Installation installation) {
            app.put("id", APP_ID);
            app.put("appVersion", "1.0.0");
            app.put("installationId", installation.installationId());
            app.put("apiBaseUrl", installation.apiBaseUrl());
            app.put("installation",
                    Map.of("id", installation.installationId(), "contexts",
                            List.of(Map.of("name", installation.product(), "apiBaseUrl", installation.apiBaseUrl(),
                                    "cloudId", installation.cloudId()))));
            app.put("environment", Map.of("type", "PRODUCTION"));
            app.put("module", Map.of("type", "core:endpoint", "key", "icr-hourly"));
            claims.put("iss", "forge/invocation-token");
            claims.put("aud", APP_ID);
            kid = key.getKeyID();
            this.installation = installation;
        }

        private final Installation installation;

        /**
         * As from a page ({@code requestRemote}): the user and the module's context (the
         * issue a Jira issue panel shows, when given).
         */
        public Token fromPage(String accountId, String moduleKey, String issueId) {
            claims.put("principal", accountId);
            Map<String, Object> context = new HashMap<>();
            context.put("cloudId", installation.cloudId());
            context.put("siteUrl", installation.siteUrl());
            context.put("moduleKey", moduleKey);
            if (issueId != null) {
                context.put("extension", Map.of("type", "jira:issuePanel", "issue",
                        Map.of("id", issueId, "key", "FIN-1", "type", "Task"), "project", Map.of("key", "FIN")));
            }
            claims.put("context", context);
            app.put("module", Map.of("type", "xen:" + moduleKey, "key", moduleKey));
            return this;
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token app(String name, Object value) {
            app.put(name, value);
            return this;
        }

        public Token signedWith(RSAKey other) {
            signer = other;
            kid = other.getKeyID();
            return this;
        }

        public Token alg(JWSAlgorithm other) {
            alg = other;
            return this;
        }

        public Token kid(String other) {
            kid = other;
            return this;
        }

        public Token expiresAt(Instant at) {
            expires = at;
            return this;
        }

        public Token notBefore(Instant at) {
            notBefore = at;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expires))
                .notBeforeTime(Date.from(notBefore))
                .jwtID(UUID.randomUUID().toString())
                .claim("app", app);
            claims.forEach(builder::claim);
            try {
                if (alg.equals(JWSAlgorithm.HS256)) {
                    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), builder.build());
                    jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
                    return jwt.serialize();
                }
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build(),
                        builder.build());
                jwt.sign(new RSASSASigner(signer));
                return jwt.serialize();
            }
            catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

    }

}
