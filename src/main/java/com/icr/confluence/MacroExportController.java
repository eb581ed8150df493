package com.icr.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icr.core.InvalidInput;
import com.icr.core.NotPermitted;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.UnknownDepartments;
import com.icr.review.ReviewManagement;
import com.icr.tenant.Caller;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matrix macro's PDF and Word export on Forge: the macro's {@code adfExport} function
 * posts the macro's parameters here and hands Confluence the ADF document we answer. The
 * same content as the Connect door's static HTML ({@link MatrixMacroController}), the
 * matrix or, in {@code mode=review}, a quarterly review; bad parameters are a JSON 400
 * naming the field under {@code config}.
 */
@RestController
class MacroExportController {

    private final RelationshipManagement relationships;

    private final ReviewManagement reviews;

    private final MatrixAdf matrix;

    private final ReviewAdf review;

    MacroExportController(RelationshipManagement relationships, ReviewManagement reviews, MatrixAdf matrix,
            ReviewAdf review) {
        this.relationships = relationships;
        this.reviews = reviews;
        this.matrix = matrix;
        this.review = review;
    }

    @PostMapping(value = "/forge/macro/export", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    MacroExportView export(Caller caller, @RequestBody(required = false) MacroExportRequest request,
            HttpServletRequest http) {
        // In the reader's language when the call says one (Accept-Language), else
        // English:
        // Forge hands the export function no locale.
        ExportWords words = ExportWords.of(http);
        MacroExportRequest asked = request == null ? new MacroExportRequest(null, null) : request;
        String mode = asked.parameter("mode") == null || asked.parameter("mode").isBlank() ? "matrix"
                : asked.parameter("mode").strip();
        try {
            return new MacroExportView(switch (mode) {
                case "matrix" -> matrix.render(relationships.matrixFor(caller.tenantId(), asked.parameter("metric"),
                        asked.parameter("period"), asked.parameter("departments"), UnknownDepartments.LEAVE_OUT),
                        words);
                case "review" -> review(caller, asked, words);
                default -> throw new InvalidInput("mode", "input.mode", mode);
            });
        }
        catch (InvalidInput e) {
            throw inConfig(e);
        }
    }

    private ObjectNode review(Caller caller, MacroExportRequest asked, ExportWords words) {
        // The Connect door keeps anonymous viewers to the matrix (AnonymousReads); this
        // route is not on its list, so the rule is said here for any door.
        if (caller.accountId().isEmpty()) {
            throw new NotPermitted("not-permitted.signed-in-user");
        }
        return review.render(reviews.review(caller.tenantId(), asked.parameter("relationship"),
                asked.parameter("department"), asked.parameter("quarter")), words);
    }

    /**
     * The parameters arrive inside {@code config}: a refusal names the field where the
     * caller wrote it.
     */
    private static InvalidInput inConfig(InvalidInput e) {
        return e.forField("config." + e.field());
    }

}
