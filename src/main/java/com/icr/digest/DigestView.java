package com.icr.digest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The site's digest as its administrators see it: the space, the frequency and page of
 * each relationship, the next scheduled run and the latest runs (newest first) with their
 * failures.
 */
@Schema(name = "Digest")
public record DigestView(@Schema(nullable = true) String spaceKey, @Schema(nullable = true) String spaceName,
        boolean enabled, Instant nextRun, List<RelationshipDigest> relationships, List<Run> runs) {

    /** One relationship's digest: how often, and the page it is kept on. */
    @Schema(name = "DigestRelationship")
    public record RelationshipDigest(String relationshipId, String providerName, String customerName,
            Frequency frequency, @Schema(nullable = true) String pageId, @Schema(nullable = true) Integer pageVersion,
            @Schema(nullable = true) Instant writtenAt) {
    }

    /**
     * One run: scheduled or published now, the days it covers, its state (running,
     * retrying, done, failed), the pages it wrote, and why it failed:
     * {@code not-installed}, {@code space-missing}, {@code forbidden}, {@code rejected},
     * {@code rate-limited}, {@code unavailable}.
     */
    @Schema(name = "DigestRun")
    public record Run(String id, @Schema(allowableValues = {
            "scheduled", "now" }) String kind, LocalDate from, LocalDate to,
            @Schema(allowableValues = { "running", "retrying", "done", "failed" }) String state, int pages,
            int attempts, @Schema(nullable = true) String failure, @Schema(nullable = true) Integer failureStatus,
            Instant startedAt, @Schema(nullable = true) Instant finishedAt){
    }

}
