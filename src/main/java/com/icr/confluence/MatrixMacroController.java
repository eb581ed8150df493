package com.icr.confluence;

import com.icr.review.ReviewManagement;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.UnknownDepartments;
import com.icr.tenant.Caller;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import com.icr.web.ErrorMessages;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matrix macro's static HTML, which Confluence embeds in PDF and Word exports, cached
 * by its URL (the macro's parameters) and revalidated with an ETag of its content. The
 * export shows the matrix or, in {@code mode=review}, a quarterly review.
 */
@RestController
class MatrixMacroController {

    static final Duration EXPORT_MAX_AGE = Duration.ofMinutes(5);

    private final RelationshipManagement relationships;

    private final MatrixExport export;

    private final ReviewManagement reviews;

    private final ReviewExport reviewExport;

    private final ErrorMessages messages;

    MatrixMacroController(RelationshipManagement relationships, MatrixExport export, ReviewManagement reviews,
            ReviewExport reviewExport, ErrorMessages messages) {
        this.relationships = relationships;
        this.messages = messages;
        this.export = export;
        this.reviews = reviews;
        this.reviewExport = reviewExport;
    }

    @GetMapping(value = "/macros/matrix/export", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> exportHtml(Caller caller, @RequestParam(required = false) String departments,
            @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String department, @RequestParam(required = false) String quarter,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch, HttpServletRequest request) {
        // In the reader's language: the export request's Accept-Language, else English.
        ExportWords words = ExportWords.of(request);
        String chosen = mode == null || mode.isBlank() ? "matrix" : mode.strip();
        if (chosen.equals("matrix")) {
            return cached(export.render(relationships.matrixFor(caller.tenantId(), metric, period, departments,
                    UnknownDepartments.LEAVE_OUT), words), ifNoneMatch, words);
        }
        if (!chosen.equals("review")) {
            return refused(HttpStatus.BAD_REQUEST, messages.of(new InvalidInput("mode", "input.mode", chosen), request),
                    words);
        }
        // Confluence puts the answer into a document, so a refusal is a sentence there,
        // not JSON.
        try {
            return cached(
                    reviewExport.render(reviews.review(caller.tenantId(), relationship, department, quarter), words),
                    ifNoneMatch, words);
        }
        catch (InvalidInput e) {
            return refused(HttpStatus.BAD_REQUEST, messages.of(e, request), words);
        }
        catch (NotFound e) {
            return refused(HttpStatus.NOT_FOUND, words.text("export.review.refusal.not-found", messages.of(e, request)),
                    words);
        }
    }

    private static ResponseEntity<String> refused(HttpStatus status, String reason, ExportWords words) {
        return ResponseEntity.status(status)
            .cacheControl(CacheControl.noStore())
            .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_LANGUAGE, words.locale().toLanguageTag())
            .body(ReviewExport.refusal(words, reason));
    }

    /**
     * Cached per URL and language: the answer varies with {@code Accept-Language}, and
     * its ETag is of the words written.
     */
    private static ResponseEntity<String> cached(String html, String ifNoneMatch, ExportWords words) {
        String etag = "\"" + sha256(html) + "\"";
        CacheControl cache = CacheControl.maxAge(EXPORT_MAX_AGE).cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .cacheControl(cache)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .eTag(etag)
                .build();
        }
        return ResponseEntity.ok()
            .cacheControl(cache)
            .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
            .header(HttpHeaders.CONTENT_LANGUAGE, words.locale().toLanguageTag())
            .eTag(etag)
            .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
            .body(html);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
