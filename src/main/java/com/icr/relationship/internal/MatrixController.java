package com.icr.relationship.internal;

import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import java.io.StringReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/matrix}: the grid, and the whole matrix as CSV out and in. */
@RestController
class MatrixController {

    private static final int MAX_CSV = 5 * 1024 * 1024;

    private final MatrixResponses responses;
    private final MatrixCsv csv;
    private final SitePermissions permissions;

    MatrixController(MatrixResponses responses, MatrixCsv csv, SitePermissions permissions) {
        this.responses = responses;
        this.csv = csv;
        this.permissions = permissions;
    }

    @GetMapping("/api/matrix")
    ResponseEntity<byte[]> matrix(Caller caller, @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String departments,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
                                  @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        MatrixResponses.Rendered rendered = responses.render(caller.tenantId(), metric, period, departments);
        if (rendered.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).build();
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(rendered.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // Already compressed: the server's own compression leaves a response with a Content-Encoding alone.
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendered.gzip()) : answer.body(rendered.json());
    }

    @GetMapping(value = "/api/matrix.csv", produces = "text/csv")
    ResponseEntity<String> export(Caller caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"relationship-matrix.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.export(caller.tenantId()));
    }

    @PostMapping(value = "/api/matrix/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<ImportReport> importCsv(Caller caller, @RequestParam(defaultValue = "false") boolean dryRun,
                                           @RequestBody(required = false) String body) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("Only Jira administrators may import the matrix.");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInput("csv", "the file is empty");
        }
        if (body.length() > MAX_CSV) {
            throw new InvalidInput("csv", "the file is larger than 5 MB");
        }
        ImportReport report = csv.importCsv(caller.tenantId(), new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body),
                dryRun, caller.accountId().orElse(null));
        return report.succeeded() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
    }
}
