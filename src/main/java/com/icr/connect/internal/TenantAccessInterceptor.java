package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.icr.tenant.Caller;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantAccess;
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

    static final String LICENCE_INACTIVE = "The licence for Internal Customer Relationships is not active on this site,"
            + " so changes are not saved. Ask a site administrator to renew it in Manage apps.";

    private final TenantManagement tenants;

    private final CallerResolver callers;

    private final Set<String> lifecyclePaths;

    TenantAccessInterceptor(CallerResolver callers, AppDescriptor descriptor, TenantManagement tenants) {
        this.callers = callers;
        this.tenants = tenants;
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
            return !api || refuse(response, HttpStatus.UNAUTHORIZED,
                    "The API needs a context JWT (AP.context.getToken()).");
        }
        Object qsh = ((JWTClaimsSet) jwt.getCredentials()).getClaim("qsh");
        if (qsh == null) {
            return refuse(response, HttpStatus.UNAUTHORIZED, "The JWT has no qsh claim.");
        }
        if (CONTEXT_QSH.equals(qsh) && !api) {
            return refuse(response, HttpStatus.UNAUTHORIZED,
                    "A context token is accepted only by the app's /api endpoints.");
        }
        if (api && !CONTEXT_QSH.equals(qsh)) {
            return refuse(response, HttpStatus.UNAUTHORIZED,
                    "The API accepts only context tokens (AP.context.getToken()).");
        }
        if (api && request.getParameter("jwt") != null) {
            // a token in a URL ends up in logs, histories and Referer headers: the API
            // takes it only as a header
            return refuse(response, HttpStatus.UNAUTHORIZED,
                    "The API takes the context token in the Authorization header only.");
        }
        AtlassianHost host = user.getHost();
        if (!host.isAddonInstalled()) {
            return refuse(response, HttpStatus.UNAUTHORIZED, "The app is not installed on this site.");
        }
        TenantAccess access = callers.accessFor(host).orElse(null);
        if (access == null || !access.installed()) {
            return refuse(response, HttpStatus.UNAUTHORIZED, "The app is not installed on this site.");
        }
        if (!access.enabled() && !lifecyclePaths.contains(path)) {
            return refuse(response, HttpStatus.FORBIDDEN, "The app is disabled on this site.");
        }
        if (user.getUserAccountId().isEmpty() && AnonymousReads.guards(AnonymousReads.route(request))
                && !AnonymousReads.allows(request)) {
            return refuse(response, HttpStatus.FORBIDDEN,
                    "This needs a signed-in Atlassian user: a viewer without one (a macro on a public"
                            + " page) sees only the relationship matrix.");
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
        return refuse(response, HttpStatus.FORBIDDEN, LICENCE_INACTIVE);
    }

    /**
     * The handler's matched pattern ({@code /api/relationships/{id}}), else the decoded
     * path within the app.
     */
    static String matchedPath(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern instanceof String p ? p : UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    private static boolean refuse(HttpServletResponse response, HttpStatus status, String message) throws Exception {
        response.sendError(status.value(), message);
        return false;
    }

}
