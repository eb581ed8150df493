package com.icr.review;

import com.icr.appreciation.AppreciationView;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveView;
import com.icr.relationship.Side;
import com.icr.relationship.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A quarterly review of a relationship or of a department (all its relationships): the quarter's matrix
 * snapshot, the last four quarters' trend, measures against targets, what the sides raised, appreciation and
 * the sponsor's notes. {@code you} says what the reader may change (empty in exports).
 */
public record ReviewView(Scope scope, String quarter, List<String> quarters, List<SnapshotRow> snapshot, List<TrendPoint> trend,
                         List<ObjectiveView> objectives, List<MeasureView> measures, List<ItemView> items,
                         List<AppreciationView> appreciation, List<SponsorNoteView> sponsorNotes, You you, Instant generatedAt) {

    /** What the review covers; {@code name} is "HR → IT" or the department's name. */
    public record Scope(String kind, String id, String name) {
    }

    /** One relationship's matrix cells for the quarter; a cell is null where there is no data yet. */
    public record SnapshotRow(String relationshipId, String providerId, String providerName, String customerId, String customerName,
                              Standing standing, Cell satisfaction, Cell yesno, Cell service, int open) {
    }

    /** A matrix cell: its heat-map value (0 to 1) and what it says. */
    public record Cell(double value, String label) {
    }

    /**
     * One quarter over the scope's relationships: the average rating (1 to 5) and the shares (0 to 1) of
     * expectations met, yes decisions and requests within the service target; null without data.
     */
    public record TrendPoint(String quarter, Double satisfaction, Double met, Double yes, Double service, int sent, int answered) {
    }

    /** The reader's standing: administrator, their sides per relationship, the relationships they sponsor. */
    public record You(boolean administrator, Map<String, List<Side>> sides, List<String> sponsorOf) {

        static final You NOBODY = new You(false, Map.of(), List.of());
    }
}
