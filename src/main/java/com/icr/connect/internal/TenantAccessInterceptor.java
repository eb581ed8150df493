package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.icr.tenant.Caller;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantAccess;
import com.icr.web.ErrorMessages;
import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostUser;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthentication;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Set;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * What ACSB lets through and the real hosts would never send: a JWT without {@code qsh}
 * (ACSB accepts it everywhere), a context token outside {@code /api}, and tokens of a
 * site that uninstalled (ACSB keeps the host row and its secret) or disabled the app.
 * Also the rule of {@code /api}: a verified context token ({@code qsh = context-qsh},
 * from {@code AP.context.getToken()}) and nothing else; ACSB's own check is switched off
 * there (application.yml) so that the domain's controllers need no Connect annotation. A
 * token without a user (an anonymous viewer) reaches only what {@link AnonymousReads}
 * lists.
 */
class TenantAccessInterceptor implements HandlerInterceptor {

    static final String ACCESS_ATTRIBUTE = TenantAccessInterceptor.class.getName() + ".access";

    private static final String CONTEXT_QSH = "context-qsh";

    /** The API's description is public: it holds no tenant data. */
    static final Set<String> PUBLIC_API = Set.of("/api/openapi.json");

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** The key of the refusal of an unlicensed site's write, in the error bundle. */
    static final String LICENCE_INACTIVE = "connect.licence-inactive";

    private final TenantManagement tenants;

    private final CallerResolver callers;

    private final Set<String> lifecyclePaths;

    private final ErrorMessages messages;

    TenantAccessInterceptor(CallerResolver callers, AppDescriptor descriptor, TenantManagement tenants,
            ErrorMessages messages) {
        this.callers = callers;
        this.tenants = tenants;
        this.messages = messages;
        this.lifecyclePaths = Set.of(descriptor.lifecyclePath("enabled"), descriptor.lifecyclePath("disabled"));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true; // error and async dispatches were checked when the request came
                         // in
        }
        if (request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller door) {
            // another front door (Forge) authenticated the request before it reached
            // Spring MVC, and reported the licence its token carried
            return licensedFor(request, response, door.tenantId());
        }
        // The path Spring MVC matched the handler with (decoded, normalised), never the
        // raw URI: one handler, one rule.
        String path = matchedPath(request);
        boolean api = path.startsWith("/api/") && !PUBLIC_API.contains(path);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthentication jwt)
                || !(jwt.getPrincipal() instanceof AtlassianHostUser user)) {
            // unsigned: ACSB's own interceptor refuses it outside /api unless the handler
            // is @IgnoreJwt
            return !api || refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.context-jwt-needed");
        }
        Object qsh = ((JWTClaimsSet) jwt.getCredentials()).getClaim("qsh");
        if (qsh == null) {
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.no-qsh");
        }
        if (CONTEXT_QSH.equals(qsh) && !api) {
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.context-token-outside-api");
        }
        if (api && !CONTEXT_QSH.equals(qsh)) {
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.context-tokens-only");
        }
        if (api && request.getParameter("jwt") != null) {
            // a token in a URL ends up in logs, histories and Referer headers: the API
            // takes it only as a header
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.token-in-header");
        }
        AtlassianHost host = user.getHost();
        if (!host.isAddonInstalled()) {
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.not-installed");
        }
        TenantAccess access = callers.accessFor(host).orElse(null);
        if (access == null || !access.installed()) {
            return refuse(request, response, HttpStatus.UNAUTHORIZED, "connect.not-installed");
        }
        if (!access.enabled() && !lifecyclePaths.contains(path)) {
            return refuse(request, response, HttpStatus.FORBIDDEN, "connect.disabled");
        }
        if (user.getUserAccountId().isEmpty() && AnonymousReads.guards(AnonymousReads.route(request))
                && !AnonymousReads.allows(request)) {
            return refuse(request, response, HttpStatus.FORBIDDEN, "not-permitted.signed-in-user");
        }
        request.setAttribute(ACCESS_ATTRIBUTE, access);
        return licensedFor(request, response, access.tenantId());
    }

    /**
     * A site without an active licence reads its data but changes nothing through the
     * API. 403 rather than 402: the refusal is the site's entitlement, not a payment this
     * request could make, and a distinct message tells the page and the admin why.
     */
    private boolean licensedFor(HttpServletRequest request, HttpServletResponse response, TenantId tenantId)
            throws Exception {
        if (!matchedPath(request).startsWith("/api/") || READS.contains(request.getMethod())) {
            return true;
        }
        if (tenants.licenceOf(tenantId).licensed()) {
            return true;
        }
        return refuse(request, response, HttpStatus.FORBIDDEN, LICENCE_INACTIVE);
    }

    /**
     * The handler's matched pattern ({@code /api/relationships/{id}}), else the decoded
     * path within the app.
     */
    static String matchedPath(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern instanceof String p ? p : UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    /** Refuses in the caller's language: the message of a key of the error bundle. */
    private boolean refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws Exception {
        response.sendError(status.value(), messages.text(request, key));
        return false;
    }

}
