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
import org.springframework.http.CacheControl;
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

    MatrixMacroController(RelationshipManagement relationships, MatrixExport export, ReviewManagement reviews,
            ReviewExport reviewExport) {
        this.relationships = relationships;
        this.export = export;
        this.reviews = reviews;
        this.reviewExport = reviewExport;
    }

    @GetMapping(value = "/macros/matrix/export", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> exportHtml(Caller caller, @RequestParam(required = false) String departments,
            @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String department, @RequestParam(required = false) String quarter,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        String chosen = mode == null || mode.isBlank() ? "matrix" : mode.strip();
        if (chosen.equals("matrix")) {
            return cached(export.render(relationships.matrixFor(caller.tenantId(), metric, period, departments,
                    UnknownDepartments.LEAVE_OUT)), ifNoneMatch);
        }
        if (!chosen.equals("review")) {
            return refused(HttpStatus.BAD_REQUEST, "mode: must be matrix or review, not " + chosen + ".");
        }
        // Confluence puts the answer into a document, so a refusal is a sentence there,
        // not JSON.
        try {
            return cached(reviewExport.render(reviews.review(caller.tenantId(), relationship, department, quarter)),
                    ifNoneMatch);
        }
        catch (InvalidInput e) {
            return refused(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        catch (NotFound e) {
            return refused(HttpStatus.NOT_FOUND, e.getMessage() + " on this site.");
        }
    }

    private static ResponseEntity<String> refused(HttpStatus status, String reason) {
        return ResponseEntity.status(status)
            .cacheControl(CacheControl.noStore())
            .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
            .body(ReviewExport.refusal(reason));
    }

    private static ResponseEntity<String> cached(String html, String ifNoneMatch) {
        String etag = "\"" + sha256(html) + "\"";
        CacheControl cache = CacheControl.maxAge(EXPORT_MAX_AGE).cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(etag).build();
        }
        return ResponseEntity.ok()
            .cacheControl(cache)
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
