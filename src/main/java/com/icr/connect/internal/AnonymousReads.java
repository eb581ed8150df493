package com.icr.connect.internal;

import java.util.List;
import java.util.function.Predicate;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What a token without a user may call. Connect leaves {@code sub} out for anonymous
 * viewers (the matrix macro on a public Confluence page): they read what that macro shows
 * and nothing else. The one list of it, checked by {@link TenantAccessInterceptor} on
 * every route that serves a site's data ({@code /api} and the macro's static export)
 * against the route Spring matched, so an endpoint added later stays closed to them until
 * it is added here. What an allowed route answers leaves people out (see the
 * relationship's read).
 */
final class AnonymousReads {

    private record Route(String method, String pattern, Predicate<HttpServletRequest> when) {
    }

    private static final String EXPORT = "/macros/matrix/export";

    private static final List<Route> ALLOWED = List.of(
            // the macro's matrix
            new Route("GET", "/api/matrix", request -> true),
            // the cell the macro opens: one relationship by its two departments, without
            // its people
            new Route("GET", "/api/relationships", request -> given(request, "provider") && given(request, "customer")),
            // the macro's static export (PDF, Word) of the matrix; its review mode shows
            // items and notes
            new Route("GET", EXPORT,
                    request -> !given(request, "mode") || "matrix".equals(request.getParameter("mode").strip())));

    private AnonymousReads() {
    }

    /** Whether the rule applies: the routes that serve a site's data to a viewer. */
    static boolean guards(String route) {
        return route.startsWith("/api/") || route.equals(EXPORT);
    }

    /**
     * Whether a caller without a user may make this request, by the route Spring matched
     * for it.
     */
    static boolean allows(HttpServletRequest request) {
        String route = route(request);
        return ALLOWED.stream()
            .anyMatch(
                    r -> r.method().equals(request.getMethod()) && r.pattern().equals(route) && r.when().test(request));
    }

    /**
     * The matched route's pattern; the raw URI only when no handler mapping matched (then
     * nothing is allowed beyond it).
     */
    static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    private static boolean given(HttpServletRequest request, String parameter) {
        String value = request.getParameter(parameter);
        return value != null && !value.isBlank();
    }

}
