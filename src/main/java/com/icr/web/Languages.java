package com.icr.web;

import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The languages the server answers in, and which one a request gets: the best of its
 * {@code Accept-Language} among English and German (a region is ignored: {@code de-AT}
 * reads German), English when it names neither or sends none. The pages send the user's
 * locale as {@code Accept-Language}. Spring MVC's {@code localeResolver} is this rule
 * ({@link WebConfiguration}); filters, which run before it, ask here.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final AcceptHeaderLocaleResolver RESOLVER = resolver();

    private Languages() {
    }

    /** The language to answer this request in: English or German. */
    public static Locale of(HttpServletRequest request) {
        Locale asked = RESOLVER.resolveLocale(request);
        return SUPPORTED.stream()
            .filter(supported -> supported.getLanguage().equals(asked.getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
    }

    /**
     * The supported language a tag names ({@code de-DE}, {@code de_DE}, {@code en}),
     * English for anything else or nothing.
     */
    public static Locale of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
            .filter(supported -> supported.getLanguage().equals(language))
            .findFirst()
            .orElse(Locale.ENGLISH);
    }

    static AcceptHeaderLocaleResolver resolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

}
