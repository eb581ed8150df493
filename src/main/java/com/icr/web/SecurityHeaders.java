package com.icr.web;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers for every answer. Frames are allowed (Jira and Confluence embed our pages) but only by
 * Atlassian's hosts and ourselves; nothing is sniffed; API answers are never cached by a shared cache.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    SecurityHeaders(@Value("${icr.web.frame-ancestors:https://*.atlassian.net https://*.jira.com}") String frameAncestors) {
        this.contentSecurityPolicy = "frame-ancestors 'self' " + frameAncestors + "; object-src 'none'; base-uri 'self'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
