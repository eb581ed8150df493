package com.icr.web;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers for every answer. Frames are allowed (Jira and Confluence embed our pages) but
 * only by Atlassian's hosts and ourselves; nothing is sniffed; API answers are never
 * cached by a shared cache; over HTTPS (the request is secure, which under the production
 * profile includes {@code X-Forwarded-Proto: https} from the proxy in front,
 * {@code server.forward-headers-strategy}) browsers are told to use nothing else for a
 * year. No {@code X-XSS-Protection}: browsers dropped the auditor it switched on, which
 * itself leaked data; the Content-Security-Policy is the protection. Runs before Spring
 * Security's filters so that its default header writer cannot add it back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String XSS_PROTECTION = "X-XSS-Protection";

    private final String contentSecurityPolicy;

    SecurityHeaders(
            @Value("${icr.web.frame-ancestors:https://*.atlassian.net https://*.jira.com}") String frameAncestors) {
        this.contentSecurityPolicy = "frame-ancestors 'self' " + frameAncestors
                + "; object-src 'none'; base-uri 'self'";
    }

    /**
     * Error pages too: Spring Security's header writer runs on the error dispatch as
     * well.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!XSS_PROTECTION.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!XSS_PROTECTION.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

}
