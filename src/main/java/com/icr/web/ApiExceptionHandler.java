package com.icr.web;

import com.icr.core.ConflictingState;
import com.icr.core.HostUnavailable;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.core.NotPermitted;
import com.icr.core.OverLimit;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns what controllers throw into {@link ErrorView}s: the domain's refusals
 * ({@code com.icr.core}) into the status that says the same, a 4xx that names the field,
 * or a bare 500. The one place a rule meets HTTP.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorMessages messages;

    ApiExceptionHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorView> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        FieldError field = e.getBindingResult().getFieldError();
        String name = field == null ? null : field.getField();
        String message = field == null ? messages.text(request, "web.invalid")
                : name + ": " + field.getDefaultMessage();
        return answer(HttpStatus.BAD_REQUEST, message, request, name);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorView> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (BodyLimits.tooLarge(e) != null) {
            return tooLarge(BodyLimits.tooLarge(e), request);
        }
        return answer(HttpStatus.BAD_REQUEST, messages.text(request, "web.not-json"), request, null);
    }

    /**
     * A body past its endpoint's limit ({@link BodyLimits}), found while it was read:
     * 413, nothing of it kept.
     */
    @ExceptionHandler(BodyLimits.TooLarge.class)
    ResponseEntity<ErrorView> tooLarge(BodyLimits.TooLarge e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .contentType(MediaType.APPLICATION_JSON)
            .body(BodyLimits.TooLarge.view(e.limit, request, messages));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorView> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST,
                e.getParameterName() + ": " + messages.text(request, "web.parameter-required"), request,
                e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorView> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, e.getName() + ": " + messages.text(request, "web.parameter-format"),
                request, e.getName());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorView> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, messages.text(request, "web.method", e.getMethod()), request,
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorView> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.text(request, "web.media-type"), request, null);
    }

    /**
     * A CSV endpoint asked for JSON (or the other way round): 406, the error itself in
     * JSON.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorView> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_ACCEPTABLE, messages.text(request, "web.not-acceptable"), request, null);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ErrorView> invalidInput(InvalidInput e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, messages.of(e, request), request, e.field());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ErrorView> notFound(NotFound e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, messages.of(e, request), request, null);
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ErrorView> forbidden(NotPermitted e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, messages.of(e, request), request, null);
    }

    @ExceptionHandler(OverLimit.class)
    ResponseEntity<ErrorView> tooMany(OverLimit e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
            .body(ErrorView.of(HttpStatus.TOO_MANY_REQUESTS, messages.of(e, request), request.getRequestURI(), null));
    }

    @ExceptionHandler(ConflictingState.class)
    ResponseEntity<ErrorView> conflict(ConflictingState e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, messages.of(e, request), request, null);
    }

    /**
     * The product asked us to wait, or did not answer: 503, with its {@code Retry-After}
     * when it gave one.
     */
    @ExceptionHandler(HostUnavailable.class)
    ResponseEntity<ErrorView> hostUnavailable(HostUnavailable e, HttpServletRequest request) {
        log.warn("Request to {} failed: {}", request.getRequestURI(), e.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        e.retryAfter()
            .ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds()))));
        return answer
            .body(ErrorView.of(HttpStatus.SERVICE_UNAVAILABLE, messages.of(e, request), request.getRequestURI(), null));
    }

    /**
     * Two changes to one thing at once (optimistic locking): the loser is told to load
     * and try again.
     */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ErrorView> concurrentChange(RuntimeException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, messages.text(request, "web.concurrent-change"), request, null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ErrorView> status(ResponseStatusException e, HttpServletRequest request) {
        String reason = e.getReason() == null ? messages.status(request, e.getStatus()) : e.getReason();
        return answer(e.getStatus(), reason, request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorView> unexpected(Exception e, HttpServletRequest request) {
        if (BodyLimits.tooLarge(e) != null) {
            return tooLarge(BodyLimits.tooLarge(e), request);
        }
        if (clientWentAway(e)) {
            log.debug("Client closed the connection to {} before the answer was written", request.getRequestURI());
            return null; // nobody is left to read an answer
        }
        if (DatabaseFailures.isOutage(e)) {
            log.warn("Request to {} failed: the database does not answer ({})", request.getRequestURI(),
                    e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
                .body(ErrorView.of(HttpStatus.SERVICE_UNAVAILABLE, messages.text(request, DatabaseFailures.MESSAGE),
                        request.getRequestURI(), null));
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null && declared.code().is5xxServerError() && e.getMessage() != null) {
            log.warn("Request to {} failed: {}", request.getRequestURI(), e.getMessage());
            return answer(declared.code(), e.getMessage(), request, null);
        }
        if (declared != null && declared.code().is4xxClientError()) {
            return answer(declared.code(),
                    declared.reason().isEmpty() ? messages.status(request, declared.code()) : declared.reason(),
                    request, null);
        }
        log.error("Request to {} failed", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.text(request, "web.unexpected"), request, null);
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || t.getClass().getSimpleName().equals("AsyncRequestNotUsableException")) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ErrorView> answer(HttpStatus status, String message, HttpServletRequest request,
            String field) {
        // JSON whatever the Accept header asked: an error is never written as CSV, nor
        // refused for its type
        return ResponseEntity.status(status)
            .contentType(MediaType.APPLICATION_JSON)
            .body(ErrorView.of(status, message, request.getRequestURI(), field));
    }

}
