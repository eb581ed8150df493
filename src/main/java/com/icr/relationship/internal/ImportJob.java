package com.icr.relationship.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/**
 * A matrix import running in the background: how far it got, and once it is done, its
 * report.
 */
@Schema(name = "MatrixImport")
public record ImportJob(String id, boolean dryRun, State state, int rowsTotal, int rowsDone,
        @Schema(nullable = true, description = "When done: what the import did or would do") ImportReport report,
        @Schema(nullable = true, description = "When failed or interrupted: what happened") String message) {

    @Schema(name = "MatrixImportState", enumAsRef = true)
    public enum State {

        RUNNING, DONE, FAILED, INTERRUPTED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

}
