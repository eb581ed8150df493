package com.icr.review;

import com.icr.appreciation.AppreciationView;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveView;
import com.icr.relationship.Side;
import com.icr.relationship.Standing;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A quarterly review of a relationship or of a department (all its relationships): the
 * quarter's matrix snapshot, the last four quarters' trend, measures against targets,
 * what the sides raised, appreciation and the sponsor's notes. {@code you} says what the
 * reader may change (empty in exports).
 */
@Schema(name = "Review")
public record ReviewView(Scope scope, @Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter,
        @ArraySchema(arraySchema = @Schema(description = "The trend's quarters, oldest first"),
                schema = @Schema(pattern = "^\\d{4}-Q[1-4]$")) List<String> quarters,
        List<SnapshotRow> snapshot, List<TrendPoint> trend, List<ObjectiveView> objectives, List<MeasureView> measures,
        @ArraySchema(arraySchema = @Schema(
                description = "Every entry not closed, and those closed during the quarter")) List<ItemView> items,
        List<AppreciationView> appreciation, List<SponsorNoteView> sponsorNotes, You you, Instant generatedAt) {

    /** What the review covers; {@code name} is "HR → IT" or the department's name. */
    @Schema(name = "ReviewScope")
    public record Scope(@Schema(allowableValues = {
            "relationship", "department" }) String kind, String id, String name){
    }

    /**
     * One relationship's matrix cells for the quarter; a cell is null where there is no
     * data yet.
     */
    @Schema(name = "ReviewSnapshotRow")
    public record SnapshotRow(String relationshipId, String providerId, String providerName, String customerId,
            String customerName, Standing standing, @Schema(nullable = true) Cell satisfaction,
            @Schema(nullable = true) Cell yesno, @Schema(nullable = true) Cell service,
            @Schema(nullable = true,
                    description = "Share of the quarter's requests whose specification was complete, and how often complete and incomplete ones were met") Cell specification,
            int open) {
    }

    /** A matrix cell: its heat-map value (0 to 1) and what it says. */
    @Schema(name = "ReviewCell")
    public record Cell(@Schema(minimum = "0", maximum = "1") double value, String label) {
    }

    /**
     * One quarter over the scope's relationships: the average rating (1 to 5) and the
     * shares (0 to 1) of expectations met, yes decisions and requests within the service
     * target; null without data.
     */
    @Schema(name = "ReviewTrendPoint")
    public record TrendPoint(@Schema(pattern = "^\\d{4}-Q[1-4]$") String quarter,
            @Schema(nullable = true, description = "Average rating, 1 to 5") Double satisfaction,
            @Schema(nullable = true, description = "Share of expectations met, 0 to 1") Double met,
            @Schema(nullable = true, description = "Share of yes decisions") Double yes,
            @Schema(nullable = true, description = "Share resolved within the service target") Double service, int sent,
            int answered) {
    }

    /**
     * The reader's standing: administrator, their sides per relationship, the
     * relationships they sponsor.
     */
    @Schema(name = "ReviewViewer")
    public record You(boolean administrator,
            @Schema(description = "Your sides per relationship id") Map<String, List<Side>> sides,
            List<String> sponsorOf) {

        static final You NOBODY = new You(false, Map.of(), List.of());

    }
}
