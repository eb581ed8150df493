package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.core.ErrorBundle;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The error bundle is complete: English and German hold the same keys, every key the code
 * names (a string literal such as {@code "input.required"}; one ending in a dot is the
 * start of keys made at run time) is in both, none is left over, and every message is a
 * pattern that formats as written.
 */
class ErrorBundlesTest {

    /** The families of keys; the literal of a key in code starts with one of these. */
    private static final Pattern KEY = Pattern
        .compile("\"((?:input|not-found|not-permitted|conflict|over-limit|host|web|connect|forge)\\.[a-z0-9.-]+)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void englishAndGermanHoldTheSameKeys() throws IOException {
        assertThat(bundle("errors_de").stringPropertyNames()).isEqualTo(bundle("errors").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguagesAndNoneIsLeftOver() throws IOException {
        Set<String> named = keysInCode();
        Set<String> english = bundle("errors").stringPropertyNames();
        Set<String> german = bundle("errors_de").stringPropertyNames();
        assertThat(named).as("keys found in src/main/java").hasSizeGreaterThan(150);
        for (String key : named) {
            if (key.endsWith(".")) {
                assertThat(english).as("keys starting with " + key).anyMatch(k -> k.startsWith(key));
                assertThat(german).as("keys starting with " + key).anyMatch(k -> k.startsWith(key));
            }
            else {
                assertThat(english).as("English").contains(key);
                assertThat(german).as("German").contains(key);
            }
        }
        assertThat(english).allMatch(
                k -> named.contains(k) || named.stream().anyMatch(n -> n.endsWith(".") && k.startsWith(n)),
                "is named by the code");
    }

    @Test
    void everyMessageWithArgumentsIsAPatternWhoseApostrophesAreDoubledAndGermanTakesNoOtherArguments()
            throws IOException {
        Properties english = bundle("errors");
        Properties german = bundle("errors_de");
        for (String key : english.stringPropertyNames()) {
            Set<String> englishArguments = placeholders(english.getProperty(key));
            Set<String> germanArguments = placeholders(german.getProperty(key));
            assertThat(englishArguments).as(key).containsAll(germanArguments);
            for (String message : new String[] { english.getProperty(key), german.getProperty(key) }) {
                if (!placeholders(message).isEmpty()) {
                    assertThat(message.replace("''", "")).as(key + ": a lone apostrophe quotes the rest")
                        .doesNotContain("'");
                    new MessageFormat(message, Locale.ROOT); // throws on a broken pattern
                }
                else {
                    assertThat(message).as(key + ": a message without arguments is taken as written")
                        .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void theEnglishOfTheLogsIsWhatAnEnglishReaderIsToldAndGermanReadsItsOwnBundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/errors");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ErrorMessages errors = new ErrorMessages(messages);

        InvalidInput tooLong = new InvalidInput("note", "input.too-long", 2000);
        NotFound missing = new NotFound("not-found.relationship", "R&D's {0}");

        assertThat(tooLong.getMessage()).isEqualTo("note: must be at most 2000 characters");
        assertThat(errors.text(Locale.ENGLISH, tooLong.messageKey(), tooLong.messageArguments()))
            .isEqualTo("must be at most 2000 characters");
        assertThat(errors.text(Locale.GERMAN, tooLong.messageKey(), tooLong.messageArguments()))
            .isEqualTo("darf höchstens 2000 Zeichen lang sein");
        // the user's own words go in as they are, braces and apostrophes included
        assertThat(missing.getMessage()).isEqualTo("Relationship R&D's {0} not found");
        assertThat(errors.text(Locale.GERMAN, missing.messageKey(), missing.messageArguments()))
            .isEqualTo("Beziehung R&D's {0} nicht gefunden");
        assertThat(ErrorBundle.english("input.department-archived", "Sales")).isEqualTo("'Sales' is archived");
        assertThat(tooLong.forField("config.note").getMessage())
            .isEqualTo("config.note: must be at most 2000 characters");
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ErrorBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

}
