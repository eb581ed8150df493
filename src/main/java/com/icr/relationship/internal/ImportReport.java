package com.icr.relationship.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a CSV import did, or would do ({@code dryRun}); with errors, it did nothing. */
public record ImportReport(boolean dryRun, int departmentsCreated, int relationshipsCreated, int relationshipsUpdated,
        List<Problem> errors) {

    /**
     * One thing wrong with the file: the line it starts on, the column, and what is
     * wrong.
     */
    @Schema(name = "ImportProblem")
    public record Problem(long line, String field, String message) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
