package com.icr.forge.internal;

import com.icr.core.IssueId;
import com.icr.forge.ForgeSettings;
import com.icr.forge.InvocationKeys;
import com.icr.tenant.Product;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.security.Key;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Verifies a Forge Invocation Token, the one place that does: RS256 only, signed by a key
 * Atlassian publishes (by {@code kid}), {@code iss} = {@code forge/invocation-token},
 * {@code aud} and {@code app.id} = our app, {@code exp} and {@code nbf} with at most a
 * minute of leeway; then reads the claims the door needs. Anything else is an
 * {@link InvalidInvocation}, whose message never holds the token.
 */
@Component
class InvocationTokens {

    static final String ISSUER = "forge/invocation-token";

    static final int LEEWAY_SECONDS = 60;

    private static final Pattern PRODUCT_API = Pattern.compile("/ex/(jira|confluence)/([^/?#]+)/?$");

    private final ForgeSettings settings;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    InvocationTokens(ForgeSettings settings, InvocationKeys keys, Clock clock) {
        this.settings = settings;
        processor.setJWSKeySelector((header, context) -> {
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
                throw new KeySourceException(
                        "the algorithm " + header.getAlgorithm() + " is not accepted (RS256 only)");
            }
            List<Key> found = keys.key(header.getKeyID()).map(InvocationTokens::publicKey).stream().toList();
            if (found.isEmpty()) {
                throw new KeySourceException("no published key has the token's kid");
            }
            return found;
        });
        String app = settings.app().orElse("(forge door off)");
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(app,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("exp", "app")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(LEEWAY_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    private static Key publicKey(com.nimbusds.jose.jwk.RSAKey key) {
        try {
            return key.toRSAPublicKey();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("a published key is not an RSA public key", e);
        }
    }

    Invocation verify(String token) {
        String app = settings.app().orElseThrow(() -> new InvalidInvocation("the Forge door is off"));
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        }
        catch (java.text.ParseException e) {
            throw new InvalidInvocation("the token is not a signed JWT");
        }
        catch (BadJOSEException | JOSEException e) {
            throw new InvalidInvocation(e.getMessage());
        }
        Map<String, Object> claimed = object(claims.getClaim("app"), "app");
        if (!app.equals(claimed.get("id"))) {
            throw new InvalidInvocation("app.id is not this app");
        }
        String installationId = text(claimed.get("installationId"), "app.installationId");
        String apiBaseUrl = text(claimed.get("apiBaseUrl"), "app.apiBaseUrl");
        URI api = URI.create(apiBaseUrl);
        if (api.getHost() == null || !List.of("https", "http").contains(String.valueOf(api.getScheme()))) {
            throw new InvalidInvocation("app.apiBaseUrl is not a URL");
        }
        Map<String, Object> context = optionalObject(claims.getClaim("context"));
        Product product = productOf(claimed, apiBaseUrl);
        String cloudId = cloudIdOf(claimed, context, apiBaseUrl);
        Optional<String> principal = Optional.ofNullable(claims.getClaim("principal"))
            .map(String::valueOf)
            .filter(p -> !p.isBlank() && p.length() <= 128);
        Map<String, Object> extension = optionalObject(context.get("extension"));
        Optional<String> issue = Optional.ofNullable(optionalObject(extension.get("issue")).get("id"))
            .map(String::valueOf)
            .filter(IssueId::isValid);
        Map<String, Object> module = optionalObject(claimed.get("module"));
        Object moduleKey = context.containsKey("moduleKey") ? context.get("moduleKey") : module.get("key");
        Map<String, Object> license = optionalObject(claimed.get("license"));
        Object active = license.get("active");
        return new Invocation(installationId, product, apiBaseUrl, cloudId,
                Optional.ofNullable(context.get("siteUrl")).map(String::valueOf), principal,
                product == Product.JIRA ? issue : Optional.empty(), moduleKey == null ? "" : String.valueOf(moduleKey),
                active instanceof Boolean b ? Optional.of(b) : Optional.empty(),
                Boolean.TRUE.equals(license.get("isEvaluation")));
    }

    /**
     * The product whose API {@code app.apiBaseUrl} is: named by the installation's
     * context of that URL, else by the URL ({@code /ex/jira/<cloudId>}).
     */
    private static Product productOf(Map<String, Object> app, String apiBaseUrl) {
        Optional<Product> named = contextOf(app, apiBaseUrl).map(c -> c.get("name"))
            .map(String::valueOf)
            .flatMap(Product::fromKey);
        if (named.isPresent()) {
            return named.get();
        }
        Matcher matcher = PRODUCT_API.matcher(apiBaseUrl);
        if (matcher.find()) {
            return Product.fromKey(matcher.group(1)).orElseThrow();
        }
        throw new InvalidInvocation("app.apiBaseUrl is neither Jira's nor Confluence's");
    }

    private static String cloudIdOf(Map<String, Object> app, Map<String, Object> context, String apiBaseUrl) {
        Optional<String> cloud = contextOf(app, apiBaseUrl).map(c -> c.get("cloudId"))
            .or(() -> Optional.ofNullable(context.get("cloudId")))
            .map(String::valueOf);
        if (cloud.isEmpty()) {
            Matcher matcher = PRODUCT_API.matcher(apiBaseUrl);
            cloud = matcher.find() ? Optional.of(matcher.group(2)) : Optional.empty();
        }
        return cloud.filter(c -> !c.isBlank() && c.length() <= 64)
            .orElseThrow(() -> new InvalidInvocation("the token names no cloudId"));
    }

    private static Optional<Map<String, Object>> contextOf(Map<String, Object> app, String apiBaseUrl) {
        Object contexts = optionalObject(app.get("installation")).get("contexts");
        if (!(contexts instanceof List<?> list)) {
            return Optional.empty();
        }
        return list.stream()
            .map(InvocationTokens::optionalObject)
            .filter(c -> apiBaseUrl.equals(c.get("apiBaseUrl")))
            .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidInvocation(name + " is missing");
    }

    private static Map<String, Object> optionalObject(Object value) {
        return value instanceof Map<?, ?> ? object(value, "") : Map.of();
    }

    private static String text(Object value, String name) {
        if (value instanceof String text && !text.isBlank() && text.length() <= 200) {
            return text;
        }
        throw new InvalidInvocation(name + " is missing");
    }

    /** A token the door refuses, and why (never the token itself). */
    static final class InvalidInvocation extends RuntimeException {

        InvalidInvocation(String reason) {
            super(reason);
        }

    }

}
