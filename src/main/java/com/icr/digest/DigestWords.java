package com.icr.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The digest page's words in its reader's language ({@code i18n/digest}: English,
 * German). Names and texts people typed are never translated, only escaped where they are
 * written.
 */
final class DigestWords {

    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private final Locale locale;

    private final DateTimeFormatter day;

    private DigestWords(Locale locale) {
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(text("digest.format.day"), locale).withZone(ZoneOffset.UTC);
    }

    /** The words of a supported language (English for any other, or none). */
    static DigestWords of(Locale locale) {
        return new DigestWords(locale != null && locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return BUNDLE.getMessage(key, args, locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String day(Instant instant) {
        return day.format(instant);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/digest");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

}
