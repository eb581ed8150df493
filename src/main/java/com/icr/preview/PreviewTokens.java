package com.icr.preview;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs what Jira and Confluence would sign for the demo site: page URLs (HS256 with the
 * {@code qsh} of the request) and context tokens ({@code qsh = context-qsh}), each for
 * the demo user and a few minutes.
 */
final class PreviewTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(3);

    private final Clock clock;

    PreviewTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * The iframe URL of a page module: its path and query plus the host's parameters and
     * a page JWT.
     */
    String signedPageUrl(String appBaseUrl, String path, Map<String, String> query, String clientKey, String secret) {
        String qsh = queryStringHash("GET", path, query);
        String jwt = sign(clientKey, secret, qsh, Map.of());
        StringBuilder url = new StringBuilder(appBaseUrl).append(path).append('?');
        query.forEach((k, v) -> url.append(encode(k)).append('=').append(encode(v)).append('&'));
        return url.append("jwt=").append(jwt).toString();
    }

    String contextToken(String clientKey, String secret, Map<String, Object> context) {
        return sign(clientKey, secret, "context-qsh", context);
    }

    private String sign(String clientKey, String secret, String qsh, Map<String, Object> context) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientKey)
            .subject(DemoSite.USER_ACCOUNT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("qsh", qsh);
        if (!context.isEmpty()) {
            claims.claim("context", context);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a preview token", e);
        }
    }

    /**
     * Connect's query string hash: SHA-256 of {@code METHOD&path&sorted-encoded-query}.
     */
    static String queryStringHash(String method, String path, Map<String, String> query) {
        Map<String, String> sorted = new TreeMap<>();
        query.forEach((k, v) -> sorted.put(encode(k), encode(v)));
        List<String> pairs = new ArrayList<>();
        sorted.forEach((k, v) -> pairs.add(k + "=" + v));
        String canonical = method.toUpperCase() + "&" + (path.isEmpty() ? "/" : path) + "&" + String.join("&", pairs);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * RFC 3986 percent-encoding, as the qsh specification requires (space is %20, not +).
     */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("*", "%2A")
            .replace("%7E", "~");
    }

}
