package com.icr.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The English error bundle, read without Spring, so that a refusal's {@code getMessage()}
 * says in the logs what an English reader is told. Formats as Spring's
 * {@code MessageSource} does: a message without arguments is taken as written, one with
 * arguments is a {@link MessageFormat} pattern (so its apostrophes are doubled).
 */
public final class ErrorBundle {

    /**
     * The classpath resource of the English bundle; {@code errors_de.properties} beside
     * it.
     */
    public static final String ENGLISH = "i18n/errors.properties";

    private static final Properties MESSAGES = load();

    private ErrorBundle() {
    }

    /**
     * The English message of a key; the key itself if the bundle lacks it (a test keeps
     * them complete).
     */
    public static String english(String key, Object... arguments) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ErrorBundle.class.getClassLoader().getResourceAsStream(ENGLISH)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

}
