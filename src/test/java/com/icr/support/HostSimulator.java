package com.icr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Plays Jira and Confluence against the running app, as the real hosts do it: a signed
 * install (RS256, key published on the {@link KeyServer}), then HS256 JWTs with the
 * shared secret and an independently computed {@link Qsh}, and context tokens
 * ({@code qsh = context-qsh}) as {@code AP.context.getToken()} hands them to our iframes.
 * Every part can be tampered with, to try what an attacker would.
 */
public final class HostSimulator {

    public static final String APP_KEY = "internal-customer-relationships";

    private static final String KID = "icr-test-install-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String appBaseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final KeyPair installKey = KeyServer.get().publish(KID);

    public HostSimulator(String appBaseUrl) {
        this.appBaseUrl = appBaseUrl;
    }

    public String appBaseUrl() {
        return appBaseUrl;
    }

    /**
     * One installation of the app: a product of a site, as Atlassian identifies it.
     * {@code cloudId} (Atlassian's id of the site) is sent in the install payload when
     * set.
     */
    public record Installation(String productType, String clientKey, String baseUrl, String sharedSecret,
            String cloudId) {

        public Installation(String productType, String clientKey, String baseUrl, String sharedSecret) {
            this(productType, clientKey, baseUrl, sharedSecret, null);
        }

        public Installation withNewSecret() {
            return new Installation(productType, clientKey, baseUrl, secret(), cloudId);
        }

        public Installation withBaseUrl(String newBaseUrl) {
            return new Installation(productType, clientKey, newBaseUrl, sharedSecret, cloudId);
        }

        public Installation withCloudId(String newCloudId) {
            return new Installation(productType, clientKey, baseUrl, sharedSecret, newCloudId);
        }
    }

    public static Installation jira(String siteUrl) {
        return new Installation("jira", UUID.randomUUID().toString(), siteUrl, secret());
    }

    public static Installation confluence(String siteUrl) {
        return new Installation("confluence", UUID.randomUUID().toString(), siteUrl + "/wiki", secret());
    }

    private static String secret() {
        byte[] bytes = new byte[33];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        /** The objects of an array field of a JSON object body. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> jsonList(String field) {
            return (List<Map<String, Object>>) json().get(field);
        }

        public List<Object> jsonList() {
            try {
                return JSON.readValue(body, new com.fasterxml.jackson.core.type.TypeReference<List<Object>>() {
                });
            }
            catch (Exception e) {
                throw new AssertionError("Not a JSON array: " + body, e);
            }
        }

        public Map<String, Object> json() {
            try {
                return JSON.readValue(body, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                });
            }
            catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    // ---- lifecycle
    // -------------------------------------------------------------------------------------

    public Response install(Installation installation) {
        return installRequest(installation, "installed").send();
    }

    public Response uninstall(Installation installation) {
        return installRequest(installation, "uninstalled").send();
    }

    /**
     * The signed lifecycle request Atlassian sends, ready to be tampered with before
     * {@code send()}.
     */
    public LifecycleRequest installRequest(Installation installation, String event) {
        return new LifecycleRequest(installation, event);
    }

    /**
     * {@code enabled} and {@code disabled}: signed with the shared secret, as the hosts
     * do.
     */
    public Response lifecycle(Installation installation, String event) {
        String path = "/" + event;
        String token = jwt(installation).qsh(Qsh.of("POST", path)).sign();
        return send("POST", path, "JWT " + token, payload(installation, event));
    }

    public final class LifecycleRequest {

        private final Installation installation;

        private final String event;

        private final Map<String, Object> body;

        private String alg = "RS256";

        private KeyPair key = installKey;

        private String kid = KID;

        private String iss;

        private List<String> aud = List.of(appBaseUrl);

        private Object qsh;

        private Instant expires = Instant.now().plusSeconds(180);

        private boolean withJwt = true;

        private LifecycleRequest(Installation installation, String event) {
            this.installation = installation;
            this.event = event;
            this.body = payload(installation, event);
            this.iss = installation.clientKey();
            this.qsh = Qsh.of("POST", "/" + event);
        }

        public LifecycleRequest unsigned() {
            withJwt = false;
            return this;
        }

        public LifecycleRequest hs256WithSharedSecret() {
            alg = "HS256";
            return this;
        }

        public LifecycleRequest algNone() {
            alg = "none";
            return this;
        }

        public LifecycleRequest signedWith(KeyPair other) {
            key = other;
            return this;
        }

        public LifecycleRequest kid(String other) {
            kid = other;
            return this;
        }

        public LifecycleRequest iss(String other) {
            iss = other;
            return this;
        }

        public LifecycleRequest aud(String other) {
            aud = List.of(other);
            return this;
        }

        public LifecycleRequest qsh(Object other) {
            qsh = other;
            return this;
        }

        public LifecycleRequest expired() {
            expires = Instant.now().minusSeconds(600);
            return this;
        }

        public LifecycleRequest body(Consumer<Map<String, Object>> change) {
            change.accept(body);
            return this;
        }

        public Response send() {
            String authorization = null;
            if (withJwt) {
                JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(iss)
                    .audience(aud)
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expires));
                if (qsh != null) {
                    claims.claim("qsh", qsh);
                }
                authorization = "JWT " + signInstall(claims.build());
            }
            return HostSimulator.this.send("POST", "/" + event, authorization, body);
        }

        private String signInstall(JWTClaimsSet claims) {
            try {
                switch (alg) {
                    case "none":
                        return new PlainJWT(claims).serialize();
                    case "HS256": {
                        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                                claims);
                        jwt.sign(new MACSigner(installation.sharedSecret().getBytes(StandardCharsets.UTF_8)));
                        return jwt.serialize();
                    }
                    default: {
                        SignedJWT jwt = new SignedJWT(
                                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                                claims);
                        jwt.sign(new RSASSASigner(key.getPrivate()));
                        return jwt.serialize();
                    }
                }
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

    }

    private Map<String, Object> payload(Installation installation, String event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", APP_KEY);
        body.put("clientKey", installation.clientKey());
        body.put("sharedSecret", installation.sharedSecret());
        body.put("serverVersion", "100261");
        body.put("pluginsVersion", "1001.0.0-SNAPSHOT");
        body.put("baseUrl", installation.baseUrl());
        body.put("displayUrl", installation.baseUrl());
        body.put("productType", installation.productType());
        body.put("description", "Atlassian " + installation.productType() + " at " + installation.baseUrl());
        body.put("eventType", event);
        if (installation.cloudId() != null) {
            body.put("cloudId", installation.cloudId());
        }
        return body;
    }

    // ---- requests
    // ---------------------------------------------------------------------------------------

    /** A JWT as the host signs it for this installation, to be adjusted and signed. */
    public Jwt jwt(Installation installation) {
        return new Jwt(installation);
    }

    public static final class Jwt {

        private final Installation installation;

        private final JWTClaimsSet.Builder claims;

        private String secret;

        private Jwt(Installation installation) {
            this.installation = installation;
            this.secret = installation.sharedSecret();
            Instant now = Instant.now();
            this.claims = new JWTClaimsSet.Builder().issuer(installation.clientKey())
                .subject("557058:user-" + installation.clientKey().substring(0, 8))
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(180)));
        }

        public Jwt qsh(String qsh) {
            claims.claim("qsh", qsh);
            return this;
        }

        public Jwt noQsh() {
            claims.claim("qsh", null);
            return this;
        }

        public Jwt context() {
            return qsh("context-qsh");
        }

        public Jwt subject(String accountId) {
            claims.subject(accountId);
            return this;
        }

        public Jwt claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public Jwt expiresIn(java.time.Duration lifetime) {
            claims.expirationTime(Date.from(Instant.now().plus(lifetime)));
            return this;
        }

        public Jwt expired() {
            claims.expirationTime(Date.from(Instant.now().minusSeconds(300)));
            return this;
        }

        public Jwt signedWithSecret(String other) {
            secret = other;
            return this;
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
                jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
                return jwt.serialize();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

    }

    /**
     * What the host puts in an iframe's src: the module URL plus {@code jwt} with the
     * page's qsh.
     */
    public String signedUrl(Installation installation, String pathAndQuery) {
        String token = jwt(installation).qsh(Qsh.of("GET", pathAndQuery)).sign();
        return appBaseUrl + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "jwt=" + token;
    }

    /** Opens a page module as the host's iframe would. */
    public Response page(Installation installation, String pathAndQuery) {
        return send("GET", signedUrl(installation, pathAndQuery).substring(appBaseUrl.length()), null, null);
    }

    /** What {@code AP.context.getToken()} returns inside our iframe. */
    public String contextToken(Installation installation) {
        return jwt(installation).context().sign();
    }

    /** A call to our {@code /api} from one of our iframes. */
    public Response api(Installation installation, String method, String path, Object body) {
        return send(method, path, "JWT " + contextToken(installation), body);
    }

    /**
     * A webhook as Jira sends it: POST with the app's JWT (qsh of the webhook URL, no
     * user), the delivery's {@code X-Atlassian-Webhook-Identifier} (the same on every
     * retry) and, on a retry, its retry count.
     */
    public Response webhook(Installation installation, String path, Object body, String identifier, int retry) {
        String token = jwt(installation).qsh(Qsh.of("POST", path)).subject(null).sign();
        Map<String, String> headers = new java.util.HashMap<>();
        if (identifier != null) {
            headers.put("X-Atlassian-Webhook-Identifier", identifier);
        }
        if (retry > 0) {
            headers.put("X-Atlassian-Webhook-Retry", String.valueOf(retry));
        }
        headers.put("X-Atlassian-Webhook-Flow", "Primary");
        return send("POST", path, "JWT " + token, body, "application/json", headers);
    }

    public Response get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    public Response send(String method, String path, String authorization, Object body) {
        return send(method, path, authorization, body, "application/json");
    }

    public Response send(String method, String path, String authorization, Object body, String contentType) {
        return send(method, path, authorization, body, contentType, Map.of());
    }

    public Response send(String method, String path, String authorization, Object body, String contentType,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appBaseUrl + path))
                .timeout(Duration.ofSeconds(120));
            headers.forEach(request::header);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body != null) {
                request.header("Content-Type", contentType);
                request.method(method, HttpRequest.BodyPublishers
                    .ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            }
            else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        }
        catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

}
