package com.icr.confluence;

import com.icr.web.Languages;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The export's words in one language, from {@code i18n/exports} (English, German): its
 * sentences, and its numbers, days, months and quarters as that language writes them. The
 * reader's language is the export request's {@code Accept-Language} (Confluence's macro
 * export URLs carry no locale: {@code loc} went with the GDPR migration and macros take
 * no context variables), else English. Names and texts people typed are never translated,
 * only escaped where they are written.
 */
final class ExportWords {

    private static final ResourceBundleMessageSource BUNDLE = bundle();

    static final ExportWords ENGLISH = new ExportWords(Locale.ENGLISH);

    /**
     * The figures a cell says, as the domain writes them (in English): each read back and
     * said again in the export's language.
     */
    private static final List<Reading> CELLS = List.of(
            reading("Agreed v(\\d+), v(\\d+) pending", "export.cell.agreed-pending",
                    (w, m) -> new Object[] { m.group(1), m.group(2) }),
            reading("Agreed v(\\d+)", "export.cell.agreed", (w, m) -> new Object[] { m.group(1) }),
            reading("Draft v(\\d+)", "export.cell.draft", (w, m) -> new Object[] { m.group(1) }),
            reading("No agreement yet", "export.cell.no-agreement", (w, m) -> new Object[0]),
            reading("No data yet", "export.cell.no-data", (w, m) -> new Object[0]),
            reading("(\\d+) yes · (\\d+) no", "export.cell.yesno", (w, m) -> new Object[] { m.group(1), m.group(2) }),
            reading("(\\d+) open", "export.cell.open", (w, m) -> new Object[] { m.group(1) }),
            reading("(\\d+) of (\\d+) complete · met (\\S+) vs (\\S+)", "export.cell.specification-met",
                    (w, m) -> new Object[] { m.group(1), m.group(2), m.group(3), m.group(4) }),
            reading("(\\d+) of (\\d+) complete", "export.cell.specification",
                    (w, m) -> new Object[] { m.group(1), m.group(2) }),
            reading("(\\d+)% on target \\((\\d+) resolved\\)", "export.cell.service",
                    (w, m) -> new Object[] { m.group(1), m.group(2) }),
            reading("(\\d+(?:\\.\\d+)?) of 5 · (\\d+) % met · (\\d+) of (\\d+) answered", "export.cell.satisfaction",
                    (w, m) -> new Object[] { w.decimal(Double.parseDouble(m.group(1)), 1), m.group(2), m.group(3),
                            m.group(4) }));

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final Locale locale;

    private final DateTimeFormatter day;

    private final DateTimeFormatter month;

    private ExportWords(Locale locale) {
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(text("export.format.day"), locale).withZone(ZoneOffset.UTC);
        this.month = DateTimeFormatter.ofPattern(text("export.format.month"), locale);
    }

    /** The words of the language a request asks for (English or German). */
    static ExportWords of(HttpServletRequest request) {
        return of(Languages.of(request));
    }

    static ExportWords of(Locale locale) {
        Locale supported = Languages.of(locale.toLanguageTag());
        return supported.getLanguage().equals("en") ? ENGLISH : new ExportWords(supported);
    }

    Locale locale() {
        return locale;
    }

    /** A sentence or a word of the bundle, its arguments (already formatted) put in. */
    String text(String key, Object... arguments) {
        return BUNDLE.getMessage(key, arguments, locale);
    }

    /**
     * A number with a fixed count of decimals, as the language writes it, without
     * grouping.
     */
    String decimal(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number with at most that many decimals (none written for a whole number). */
    String number(double value, int maxDecimals) {
        DecimalFormat format = new DecimalFormat(maxDecimals == 0 ? "0" : "0." + "#".repeat(maxDecimals),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    String day(Instant instant) {
        return instant == null ? "" : day.format(instant);
    }

    /**
     * A month key ({@code 2026-11}) as the language says it; the key itself if it is
     * none.
     */
    String month(String key) {
        try {
            return month.format(YearMonth.parse(key));
        }
        catch (DateTimeParseException e) {
            return key;
        }
    }

    /**
     * A quarter key ({@code 2026-Q4}) as the language writes it; anything else as it is.
     */
    String quarter(String key) {
        Matcher m = key == null ? null : QUARTER.matcher(key);
        return m == null || !m.matches() ? key : text("export.format.quarter", m.group(1), m.group(2));
    }

    /**
     * What a cell of the matrix or of the review's snapshot says, in this language; a
     * label it does not know as it came.
     */
    String cell(String label) {
        if (label == null) {
            return null;
        }
        for (Reading reading : CELLS) {
            Matcher m = reading.pattern().matcher(label);
            if (m.matches()) {
                return text(reading.key(), reading.arguments().apply(new Match(this, m)));
            }
        }
        return label;
    }

    private record Match(ExportWords words, Matcher matcher) {
    }

    private record Reading(Pattern pattern, String key, Function<Match, Object[]> arguments) {
    }

    private interface Arguments {

        Object[] of(ExportWords words, Matcher matcher);

    }

    private static Reading reading(String pattern, String key, Arguments arguments) {
        return new Reading(Pattern.compile(pattern), key, match -> arguments.of(match.words(), match.matcher()));
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/exports");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

}
