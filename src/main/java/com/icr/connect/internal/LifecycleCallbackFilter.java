package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.icr.tenant.InstallationSignal;
import com.icr.tenant.Product;
import com.icr.tenant.SiteUrl;
import com.icr.tenant.TenantManagement;
import com.atlassian.connect.spring.internal.auth.asymmetric.AsymmetricAuthentication;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.web.ErrorView;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /installed} and {@code /uninstalled}, which ACSB handles outside Spring
 * MVC's interceptors. ACSB checks the RS256 signature and {@code aud}, but on a first
 * install it checks neither {@code qsh} nor that {@code iss} is the body's client key,
 * and it never compares the body's app key with ours. This filter requires all of them,
 * then links the installation to its site once ACSB has stored the host.
 */
class LifecycleCallbackFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LifecycleCallbackFilter.class);

    private static final int MAX_BODY = 64 * 1024;

    private static final int MIN_SECRET_BYTES = 32;

    /**
     * What ACSB's {@code atlassian_host.client_key} and our
     * {@code installation.client_key} hold.
     */
    private static final int MAX_CLIENT_KEY = 255;

    /**
     * Atlassian's site ids are UUIDs; anything longer or stranger is not one (the column
     * holds 64).
     */
    private static final java.util.regex.Pattern CLOUD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final AppDescriptor descriptor;

    private final TenantManagement tenants;

    private final ObjectMapper json = new ObjectMapper();

    private final boolean production;

    /**
     * @param production under the production profile a site's base URL must be HTTPS on a
     * public host
     */
    LifecycleCallbackFilter(AppDescriptor descriptor, TenantManagement tenants, boolean production) {
        this.descriptor = descriptor;
        this.tenants = tenants;
        this.production = production;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return eventOf(request).isEmpty();
    }

    private Optional<String> eventOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1); // Spring MVC would match the
                                                         // callback's handler with it too
        }
        if (path.equals(descriptor.lifecyclePath("installed"))) {
            return Optional.of("installed");
        }
        if (path.equals(descriptor.lifecyclePath("uninstalled"))) {
            return Optional.of("uninstalled");
        }
        return Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String event = eventOf(request).orElseThrow();
        if (!"POST".equals(request.getMethod())) {
            refuse(response, request, HttpStatus.METHOD_NOT_ALLOWED, "Lifecycle callbacks are POST requests.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, request, HttpStatus.PAYLOAD_TOO_LARGE, "The lifecycle payload is too large.");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof AsymmetricAuthentication signed)) {
            log.warn("Refused {} callback: not signed by Atlassian (RS256)", event);
            refuse(response, request, HttpStatus.UNAUTHORIZED,
                    "Lifecycle callbacks must be signed by Atlassian (RS256).");
            return;
        }
        LifecyclePayload payload;
        try {
            payload = json.readValue(body, LifecyclePayload.class);
        }
        catch (IOException e) {
            refuse(response, request, HttpStatus.BAD_REQUEST, "The lifecycle payload is not valid JSON.");
            return;
        }
        Optional<String> problem = problemWith(signed, payload, event);
        if (problem.isPresent()) {
            HttpStatus status = problem.get().startsWith("JWT") ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
            log.warn("Refused {} callback for client key {}: {}", event, payload.clientKey(), problem.get());
            refuse(response, request, status, problem.get());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
        if (response.getStatus() < 300) {
            Product product = Product.fromKey(payload.productType()).orElseThrow();
            if (event.equals("installed")) {
                tenants.register(
                        new InstallationSignal(payload.clientKey(), product, payload.baseUrl(), payload.cloudId()));
            }
            else {
                tenants.uninstalled(payload.clientKey());
            }
        }
    }

    private Optional<String> problemWith(AsymmetricAuthentication signed, LifecyclePayload payload, String event) {
        JWTClaimsSet claims = (JWTClaimsSet) signed.getCredentials();
        if (claims.getClaim("qsh") == null) {
            return Optional.of("JWT has no qsh claim.");
        }
        try {
            signed.validateQueryStringHash(true);
        }
        catch (Exception e) {
            return Optional.of("JWT qsh does not match the request.");
        }
        if (payload.clientKey() != null && payload.clientKey().length() > MAX_CLIENT_KEY) {
            return Optional.of("clientKey: at most " + MAX_CLIENT_KEY + " characters.");
        }
        if (payload.clientKey() == null || !payload.clientKey().equals(claims.getIssuer())) {
            return Optional.of("JWT issuer is not the payload's clientKey.");
        }
        if (!descriptor.key().equals(payload.key())) {
            return Optional.of("key: the payload is for another app.");
        }
        if (!event.equals(payload.eventType())) {
            return Optional.of("eventType: expected " + event + ".");
        }
        if (Product.fromKey(payload.productType()).isEmpty()) {
            return Optional.of("productType: only jira and confluence are supported.");
        }
        if (SiteUrl.of(payload.baseUrl()).isEmpty()) {
            return Optional.of("baseUrl: not a site URL.");
        }
        if (production && !PublicHttps.accepts(payload.baseUrl())) {
            return Optional.of("baseUrl: must be an https URL of a public host.");
        }
        if (payload.cloudId() != null && !CLOUD_ID.matcher(payload.cloudId()).matches()) {
            return Optional.of("cloudId: not a site's id.");
        }
        if (event.equals("installed") && (payload.sharedSecret() == null
                || payload.sharedSecret().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES
                || payload.sharedSecret().length() > 255)) {
            return Optional.of("sharedSecret: must be 32 to 255 characters.");
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletResponse response, HttpServletRequest request, HttpStatus status,
            String message) throws IOException {
        ErrorView.of(status, message, request.getRequestURI()).writeTo(response);
    }

    /** The body we read, given back to ACSB's lifecycle controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

    }

}
