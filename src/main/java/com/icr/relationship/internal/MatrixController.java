package com.icr.relationship.internal;

import com.icr.relationship.MatrixView;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/matrix}: the grid, and the whole matrix as CSV out and in. */
@RestController
@Tag(name = "matrix")
class MatrixController {

    private static final int MAX_CSV = 5 * 1024 * 1024;

    /** A file of more rows is imported in the background ({@link MatrixImports}). */
    static final int IN_THE_REQUEST = 1_000;

    private final MatrixResponses responses;

    private final MatrixCsv csv;

    private final SitePermissions permissions;

    private final MatrixImports imports;

    MatrixController(MatrixResponses responses, MatrixCsv csv, SitePermissions permissions, MatrixImports imports) {
        this.imports = imports;
        this.responses = responses;
        this.csv = csv;
        this.permissions = permissions;
    }

    @Operation(summary = "The matrix: departments on both axes, one cell per relationship")
    @ApiResponse(responseCode = "200", description = "The matrix",
            content = @Content(schema = @Schema(implementation = MatrixView.class)))
    @ApiResponse(responseCode = "400",
            description = "Bad metric, period or departments, or a department this site does not have (unless unknownDepartments=omit)")
    @GetMapping("/api/matrix")
    ResponseEntity<byte[]> matrix(Caller caller,
            @Parameter(schema = @Schema(type = "string", defaultValue = "agreement",
                    allowableValues = { "agreement", "satisfaction", "yesno", "open", "service",
                            "specification" })) @RequestParam(required = false) String metric,
            @Parameter(description = "A quarter such as 2026-Q4; the current quarter when absent",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String period,
            @Parameter(description = "Comma-separated department ids; all when absent") @RequestParam(
                    required = false) String departments,
            @Parameter(
                    description = "What to do with department ids this site does not have: refuse them (400), "
                            + "or omit them and list them in missingDepartments (for selections a stored page carries)",
                    schema = @Schema(type = "string", defaultValue = "refuse",
                            allowableValues = { "refuse", "omit" })) @RequestParam(
                                    required = false) String unknownDepartments,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING,
                    required = false) String acceptEncoding,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.IF_NONE_MATCH,
                    required = false) String ifNoneMatch) {
        MatrixResponses.Rendered rendered = responses.render(caller.tenantId(), metric, period, departments,
                unknownDepartments);
        if (rendered.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).build();
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .eTag(rendered.etag())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // Already compressed: the server's own compression leaves a response with a
        // Content-Encoding alone.
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendered.gzip())
                : answer.body(rendered.json());
    }

    @Operation(summary = "The whole matrix as CSV (one row per relationship, latest agreement version)")
    @ApiResponse(responseCode = "200", description = "CSV")
    @GetMapping(value = "/api/matrix.csv", produces = "text/csv")
    ResponseEntity<String> export(Caller caller) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"relationship-matrix.csv\"")
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .body(csv.export(caller.tenantId()));
    }

    /**
     * Reads the body itself, after the administrator check: a caller who may not import
     * is refused before a byte of the file is read. The size limit (5 MB) is
     * {@code web.BodyLimits}', enforced while this reads.
     */
    @Operation(
            summary = "Import a whole matrix from CSV, all or nothing (Jira administrators); departments named in it are created",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "200", description = "Imported (or, with dryRun, what would be imported)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "400", description = "Nothing imported: the errors name the line and the column",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "202",
            description = "A file of more than 1,000 rows: the import runs in the background; follow it at the Location",
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @ApiResponse(responseCode = "409", description = "The site's previous import is still running")
    @ApiResponse(responseCode = "413", description = "The file is larger than 5 MB; nothing imported")
    @PostMapping(value = "/api/matrix/import", consumes = { "text/csv", "text/plain" })
    ResponseEntity<Object> importCsv(Caller caller, @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request) throws IOException {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.import-matrix");
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_CSV + 1);
        if (bytes.length > MAX_CSV) {
            throw new InvalidInput("csv", "input.csv-too-large");
        }
        String encoding = request.getCharacterEncoding();
        String body = new String(bytes, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
        if (body.isBlank()) {
            throw new InvalidInput("csv", "input.csv-empty");
        }
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        int rows = MatrixCsv.rowsIn(text);
        if (rows > IN_THE_REQUEST) {
            ImportJob job = imports.start(caller.tenantId(), text, rows, dryRun, caller.accountId().orElse(null));
            return ResponseEntity.accepted().location(URI.create("/api/matrix/imports/" + job.id())).body(job);
        }
        ImportReport report = csv.importCsv(caller.tenantId(), text, dryRun, caller.accountId().orElse(null));
        return report.succeeded() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
    }

    @Operation(summary = "How far a background import got and, once it is done, its report (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The import")
    @ApiResponse(responseCode = "404", description = "No such import on this site")
    @GetMapping("/api/matrix/imports/{id}")
    ImportJob importJob(Caller caller, @Parameter(description = "The import's id, from the 202 that started it",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.follow-import");
        }
        return imports.find(caller.tenantId(), id);
    }

}
