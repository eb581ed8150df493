package com.icr.review.internal;

import com.icr.review.ReviewManagement;
import com.icr.review.ReviewView;
import com.icr.review.SponsorNoteView;
import com.icr.department.DepartmentManagement;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.core.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reviews}: the quarterly review everyone on the site reads; the sponsor's
 * notes, which only the sponsor writes.
 */
@RestController
@Tag(name = "alignment")
class ReviewController {

    private final ReviewManagement reviews;

    private final SponsorNotes notes;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    ReviewController(ReviewManagement reviews, SponsorNotes notes, RelationshipManagement relationships,
            DepartmentManagement departments) {
        this.reviews = reviews;
        this.notes = notes;
        this.relationships = relationships;
        this.departments = departments;
    }

    @Operation(summary = "The quarterly review of a relationship or of a department")
    @ApiResponse(responseCode = "200", description = "The review")
    @ApiResponse(responseCode = "400", description = "Neither or both of relationship and department, or a bad quarter")
    @ApiResponse(responseCode = "404", description = "No such relationship or department on this site")
    @GetMapping("/api/reviews")
    ReviewView review(Caller caller,
            @Parameter(description = "The relationship to review") @RequestParam(required = false) String relationship,
            @Parameter(description = "The department to review (all its relationships)") @RequestParam(
                    required = false) String department,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        return reviews.review(caller.tenantId(), relationship, department, quarter, departments.readerOf(caller),
                caller);
    }

    @Operation(
            summary = "Where the review page opens when its link names nothing: the busiest relationship of the quarter "
                    + "among the caller's departments', else the site's")
    @ApiResponse(responseCode = "200",
            description = "The relationship (or, on a site without relationships, the department) to open on")
    @ApiResponse(responseCode = "204", description = "The site has neither relationships nor departments")
    @ApiResponse(responseCode = "400", description = "A bad quarter")
    @GetMapping("/api/reviews/opening")
    ResponseEntity<ReviewView.Scope> opening(Caller caller,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when left out",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @RequestParam(
                            required = false) String quarter) {
        return reviews.openingScope(caller.tenantId(), quarter, departments.readerOf(caller))
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Schema(name = "SponsorNoteRequest")
    record Note(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String text) {
    }

    @Operation(summary = "Write the executive sponsor's notes for the quarter")
    @ApiResponse(responseCode = "200", description = "The notes")
    @ApiResponse(responseCode = "400", description = "Bad quarter or empty text; nothing written")
    @ApiResponse(responseCode = "404", description = "No such relationship on this site")
    @ApiResponse(responseCode = "403", description = "Not the relationship's executive sponsor")
    @PutMapping("/api/relationships/{id}/sponsor-notes/{quarter}")
    SponsorNoteView write(Caller caller, @PathVariable String id,
            @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-Q[1-4]$")) @PathVariable String quarter,
            @RequestBody(required = false) Note body) {
        RelationshipView relationship = relationships.get(caller.tenantId(), id);
        String account = caller.accountId().orElse(null);
        if (account == null || !account.equals(relationship.executiveSponsorAccountId())) {
            throw new NotPermitted("not-permitted.sponsor-notes", ReviewManagement.nameOf(relationship));
        }
        return notes.write(caller.tenantId(), relationship, quarter, body == null ? null : body.text(),
                caller.accountId().orElse(null));
    }

}
