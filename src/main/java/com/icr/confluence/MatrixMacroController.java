package com.icr.confluence;

import com.icr.relationship.MatrixQuery;
import com.icr.relationship.MatrixView;
import com.icr.tenant.Caller;
import com.icr.web.PageTemplates;
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
 * The matrix macro: its iframe page and its editor (shells that fetch {@code /api}), and the static HTML
 * Confluence embeds in PDF and Word exports, cached by its URL (the macro's parameters) and revalidated
 * with an ETag of its content.
 */
@RestController
class MatrixMacroController {

    static final Duration EXPORT_MAX_AGE = Duration.ofMinutes(5);

    private final PageTemplates pages;
    private final MatrixQuery matrix;
    private final MatrixExport export;

    MatrixMacroController(PageTemplates pages, MatrixQuery matrix, MatrixExport export) {
        this.pages = pages;
        this.matrix = matrix;
        this.export = export;
    }

    @GetMapping(value = "/macros/matrix", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> macro(Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render("matrix-macro", caller.clientKey()));
    }

    @GetMapping(value = "/macros/matrix/editor", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> editor(Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render("matrix-macro-editor", caller.clientKey()));
    }

    @GetMapping(value = "/macros/matrix/export", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> exportHtml(Caller caller, @RequestParam(required = false) String departments,
                                      @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                                      @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        MatrixView view = matrix.matrixFor(caller.tenantId(), metric, period, departments);
        String html = export.render(view);
        String etag = "\"" + sha256(html) + "\"";
        CacheControl cache = CacheControl.maxAge(EXPORT_MAX_AGE).cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(etag).build();
        }
        return ResponseEntity.ok().cacheControl(cache).eTag(etag).contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(html);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
