package com.icr.web;

import com.icr.core.ErrorBundle;
import com.icr.core.Explained;
import com.icr.core.InvalidInput;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Error messages in the caller's language ({@link Languages}), from the bundle
 * {@code i18n/errors} (English {@code errors.properties}, German
 * {@code errors_de.properties}). Arguments that are the user's own data (a department's
 * name) are inserted as they are.
 */
@Component
public class ErrorMessages {

    private final MessageSource messages;

    public ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message of a key in the request's language. */
    public String text(HttpServletRequest request, String key, Object... arguments) {
        return text(Languages.of(request), key, arguments);
    }

    /**
     * The message of a key in a language; the English one if the bundle lacks the key.
     */
    public String text(Locale locale, String key, Object... arguments) {
        try {
            return messages.getMessage(key, arguments, locale);
        }
        catch (NoSuchMessageException e) {
            return ErrorBundle.english(key, arguments);
        }
    }

    /**
     * The status's reason in the request's language ("Not Found"), for an error that says
     * no more.
     */
    public String status(HttpServletRequest request, HttpStatus status) {
        return messages.getMessage("web.status." + status.value(), null, status.getReasonPhrase(),
                Languages.of(request));
    }

    /**
     * What a refusal says in the request's language; an {@link InvalidInput} after the
     * name of its field, as its English {@code getMessage()} does.
     */
    public String of(Explained refusal, HttpServletRequest request) {
        String text = text(request, refusal.messageKey(), refusal.messageArguments());
        return refusal instanceof InvalidInput invalid ? invalid.field() + ": " + text : text;
    }

}
