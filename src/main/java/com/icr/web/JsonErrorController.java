package com.icr.web;

import java.util.Optional;
import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answers {@code /error} with JSON for everything that escapes a controller:
 * {@code sendError} calls, exceptions thrown by filters, and authentication failures
 * forwarded by ACSB's filters. Replaces ACSB's own error controller, which breaks on Boot
 * 2.7 (see {@code ConnectHardening}). Registered as a bean, not scanned, so that its
 * mapping is the only one on {@code /error}.
 */
@RequestMapping("/error")
public class JsonErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

    private final ErrorMessages messages;

    JsonErrorController(ErrorMessages messages) {
        this.messages = messages;
    }

    @RequestMapping
    ResponseEntity<ErrorView> error(HttpServletRequest request) {
        String path = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
            .orElseGet(() -> Optional.ofNullable((String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI))
                .orElse(request.getRequestURI()));
        Throwable failure = failureOf(request);
        HttpStatus status = statusOf(request, failure);
        if (DatabaseFailures.isOutage(failure)) {
            log.warn("Request to {} failed: the database does not answer ({})", path, failure.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorView.of(HttpStatus.SERVICE_UNAVAILABLE, messages.text(request, DatabaseFailures.MESSAGE),
                        path));
        }
        String message = messageOf(request, failure, status);
        if (status.is5xxServerError() && failure != null) {
            log.error("Request to {} failed", path, failure);
        }
        return ResponseEntity.status(status)
            .contentType(MediaType.APPLICATION_JSON)
            .body(ErrorView.of(status, message, path));
    }

    private static Throwable failureOf(HttpServletRequest request) {
        Object authFailure = request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (authFailure instanceof Throwable t) {
            return t;
        }
        return (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    private static HttpStatus statusOf(HttpServletRequest request, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return HttpStatus.UNAUTHORIZED;
            }
            ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(t.getClass(), ResponseStatus.class);
            if (annotated != null) {
                return annotated.code();
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || status.value() < 400) {
            return failure == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }

    private String messageOf(HttpServletRequest request, Throwable failure, HttpStatus status) {
        if (status == HttpStatus.UNAUTHORIZED) {
            return explicitMessage(request).orElseGet(() -> messages.text(request, "web.unauthenticated"));
        }
        if (status.is5xxServerError()) {
            return messages.text(request, "web.unexpected");
        }
        return explicitMessage(request).orElseGet(() -> messages.status(request, status));
    }

    /**
     * A message set by {@code sendError}, which our own code uses to say why it refused.
     */
    private static Optional<String> explicitMessage(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE))
            .filter(m -> !m.isBlank() && m.length() <= 300 && !m.contains("Expecting claim"));
    }

}
