package com.icr.connect.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.Product;
import com.icr.tenant.TenantAccess;
import com.icr.tenant.TenantManagement;
import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostUser;
import com.icr.core.IssueId;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers a {@link Caller} instead of ACSB's principal, so that nothing above
 * this package needs a Connect type. The tenant comes only from the verified JWT's host,
 * never from the request.
 */
class CallerResolver implements HandlerMethodArgumentResolver {

    private final TenantManagement tenants;

    CallerResolver(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (webRequest.getAttribute(Caller.REQUEST_ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST) instanceof Caller door) {
            return door; // authenticated by another front door (Forge)
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtlassianHostUser user)) {
            throw new IllegalStateException("Caller requested on an endpoint without a verified JWT");
        }
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        TenantAccess access = Optional.ofNullable(request)
            .map(r -> (TenantAccess) r.getAttribute(TenantAccessInterceptor.ACCESS_ATTRIBUTE))
            .or(() -> accessFor(user.getHost()))
            .orElseThrow(() -> new IllegalStateException("Caller requested for an installation not linked to a site"));
        if (!access.installed()) {
            throw new IllegalStateException("Caller requested for an uninstalled site");
        }
        Optional<String> issue = access.product() == Product.JIRA
                && authentication.getCredentials() instanceof JWTClaimsSet claims ? issueOf(claims) : Optional.empty();
        Caller caller = new Caller(access.tenantId(), user.getHost().getClientKey(), access.product(),
                user.getUserAccountId(), issue);
        if (request != null) {
            request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller); // whose quota of
                                                                    // calls to the site's
                                                                    // Jira the request
                                                                    // spends
        }
        return caller;
    }

    /**
     * The issue a Jira token was issued on: {@code context.jira.issue.id}, signed by Jira
     * with the rest of the token.
     */
    static Optional<String> issueOf(JWTClaimsSet claims) {
        try {
            Map<String, Object> context = claims.getJSONObjectClaim("context");
            Object jira = context == null ? null : context.get("jira");
            Object issue = jira instanceof Map<?, ?> j ? j.get("issue") : null;
            Object id = issue instanceof Map<?, ?> i ? i.get("id") : null;
            String text = id == null ? null : String.valueOf(id);
            return text != null && IssueId.isValid(text) ? Optional.of(text) : Optional.empty();
        }
        catch (java.text.ParseException e) {
            return Optional.empty(); // a context that is not an object names no issue
        }
    }

    /**
     * The installation's access, empty while its {@code installed} callback has been
     * stored by ACSB but not linked yet. Only that callback links an installation: ACSB's
     * host lacks the payload's cloudId, and a link guessed from its URL could join
     * another organisation's site at that URL.
     */
    Optional<TenantAccess> accessFor(AtlassianHost host) {
        return tenants.accessFor(host.getClientKey());
    }

}
