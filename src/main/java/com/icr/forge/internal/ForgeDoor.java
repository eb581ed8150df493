package com.icr.forge.internal;

import com.icr.web.ErrorMessages;
import com.icr.forge.ForgeSettings;
import com.icr.tenant.Caller;
import com.icr.tenant.TenantAccess;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Authenticates every call that comes through the Forge door: {@code /forge/**} (product
 * events, lifecycle and scheduled triggers, the macro's export) and {@code /api/**}
 * called with {@code Authorization: Bearer} (pages through {@code requestRemote}). The
 * token is verified ({@link InvocationTokens}), its installation resolved to its site
 * ({@link ForgeInstallations}), and the request goes on with the same {@link Caller} a
 * Connect context token gives ({@link Caller#REQUEST_ATTRIBUTE}), which the Connect
 * door's checks then leave alone. The API needs a user ({@code principal}). A refused
 * call is a 401 with the JSON error body, logged in one line without the token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ForgeDoor extends OncePerRequestFilter {

    static final String INVOCATION_ATTRIBUTE = ForgeDoor.class.getName() + ".invocation";

    static final String SYSTEM_TOKEN_HEADER = "x-forge-oauth-system";

    private static final Logger log = LoggerFactory.getLogger(ForgeDoor.class);

    private final ForgeSettings settings;

    private final InvocationTokens tokens;

    private final ForgeInstallations installations;

    private final ForgeSiteLicence licences;

    private final ErrorMessages messages;

    ForgeDoor(ForgeSettings settings, InvocationTokens tokens, ForgeInstallations installations,
            ForgeSiteLicence licences, ErrorMessages messages) {
        this.settings = settings;
        this.messages = messages;
        this.licences = licences;
        this.tokens = tokens;
        this.installations = installations;
        if (settings.app().isPresent()) {
            log.info("Forge front door on for app {}; invocation token keys from {}", settings.appId(),
                    settings.jwksUrl());
        }
        else {
            log.info("Forge front door off: ICR_FORGE_APP_ID (icr.forge.app-id) is not set;"
                    + " /forge/** and Bearer calls to /api/** answer 401");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        Optional<String> bearer = bearerOf(request);
        boolean forgeRoute = path.startsWith("/forge/");
        boolean api = path.startsWith("/api/");
        if (!forgeRoute && !(api && bearer.isPresent())) {
            chain.doFilter(request, response);
            return;
        }
        if (settings.app().isEmpty()) {
            refuse(request, response, "forge.door-off", "door off");
            return;
        }
        if (bearer.isEmpty()) {
            refuse(request, response, "forge.no-token", "no bearer token");
            return;
        }
        Invocation invocation;
        try {
            invocation = tokens.verify(bearer.get());
        }
        catch (InvocationTokens.InvalidInvocation e) {
            refuse(request, response, "forge.invalid-token", e.getMessage());
            return;
        }
        if (api && invocation.principal().isEmpty()) {
            refuse(request, response, "forge.no-principal", "no principal on /api");
            return;
        }
        TenantAccess access = installations.accessOf(invocation);
        if (!access.installed() && !path.startsWith("/forge/lifecycle/")) {
            refuse(request, response, "connect.not-installed", "uninstalled installation");
            return;
        }
        String systemToken = request.getHeader(SYSTEM_TOKEN_HEADER);
        if (forgeRoute && systemToken != null) {
            installations.keep(invocation, systemToken);
        }
        if (access.installed()) {
            licences.heard(access.tenantId(), invocation);
        }
        request.setAttribute(INVOCATION_ATTRIBUTE, invocation);
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, new Caller(access.tenantId(), invocation.installationKey(),
                access.product(), invocation.principal(), invocation.issueId()));
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /**
     * A 401 saying why in the caller's language: the message of a key of the error
     * bundle.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String key, String reason)
            throws IOException {
        log.warn("Refused a Forge call to {} {}: {}", request.getMethod(),
                UrlPathHelper.defaultInstance.getPathWithinApplication(request), reason);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, messages.text(request, key));
    }

}
