package com.icr.web;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * No log line may hold a JWT or a shared secret, whoever logs it (ACSB logs exception
 * messages that can quote tokens). Both converters are wired in
 * {@code logback-console.xml} for the message and the stack trace.
 */
public final class LogRedaction {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

    private static final Pattern SECRET = Pattern.compile("(?i)(\"?shared_?secret\"?\\s*[:=]\\s*\"?)[^\",}\\s]+");

    private static final Pattern JWT_PARAMETER = Pattern.compile("([?&]jwt=)[^&\\s\"]+");

    private static final Pattern JWT_HEADER = Pattern.compile("(JWT\\s+)[A-Za-z0-9_.-]{16,}");

    private LogRedaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = JWT.matcher(text).replaceAll("[jwt]");
        result = SECRET.matcher(result).replaceAll("$1[redacted]");
        result = JWT_PARAMETER.matcher(result).replaceAll("$1[redacted]");
        return JWT_HEADER.matcher(result).replaceAll("$1[redacted]");
    }

    /** {@code %msg} with secrets removed. */
    public static class Message extends MessageConverter {

        @Override
        public String convert(ILoggingEvent event) {
            return redact(super.convert(event));
        }

    }

    /** {@code %ex} with secrets removed from every message in the chain. */
    public static class Throwable extends ExtendedThrowableProxyConverter {

        @Override
        public String convert(ILoggingEvent event) {
            return redact(super.convert(event));
        }

    }

}
