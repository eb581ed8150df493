package com.icr.measure;

import com.icr.core.Keyed;
import com.icr.core.TextInput;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A measure two departments share: it belongs to their relationship, so it is credited to
 * both. Manual measures keep one value per month; computed ones keep none and read the
 * app's figures instead.
 */
@Entity
@Table(name = "measure")
class Measure {

    static final double MAX_MAGNITUDE = 1e12;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "relationship_id", nullable = false)
    private String relationshipId;

    @Column(name = "objective_id")
    private String objectiveId;

    @Column(nullable = false)
    private String name;

    @Column
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(nullable = false)
    private double target;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Who changed it or typed in a value last; null for measures from before this was
     * kept.
     */
    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "measure_value", joinColumns = @JoinColumn(name = "measure_id"))
    @MapKeyColumn(name = "value_month")
    @Column(name = "amount")
    private Map<String, Double> values = new HashMap<>();

    protected Measure() {
    }

    Measure(TenantId tenantId, String relationshipId, Draft draft, String accountId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.relationshipId = relationshipId;
        change(draft, accountId, now);
    }

    /** A checked measure, whole, before anything changes. */
    record Draft(String objectiveId, String name, String unit, MeasureSource source, Direction direction,
            double target) {

        static Draft of(MeasureRequest request) {
            if (request == null) {
                throw new InvalidInput("body", "input.required");
            }
            MeasureSource source = Keyed.parse("source", request.source(), MeasureSource.class, MeasureSource.MANUAL);
            Direction direction = Keyed.parse("direction", request.direction(), Direction.class, Direction.HIGHER);
            if (request.target() == null || !Double.isFinite(request.target())
                    || Math.abs(request.target()) > MAX_MAGNITUDE) {
                throw new InvalidInput("target", "input.number-required");
            }
            double target = request.target();
            if (source == MeasureSource.SATISFACTION && (target < 1 || target > 5)) {
                throw new InvalidInput("target", "input.satisfaction-target");
            }
            if (source != MeasureSource.MANUAL && source != MeasureSource.SATISFACTION
                    && (target < 0 || target > 100)) {
                throw new InvalidInput("target", "input.percentage-target", source.key());
            }
            String unit = source == MeasureSource.MANUAL ? TextInput.optional("unit", request.unit(), 20)
                    : source == MeasureSource.SATISFACTION ? "of 5" : "%";
            String objective = request.objectiveId() == null || request.objectiveId().isBlank() ? null
                    : request.objectiveId().strip();
            return new Draft(objective, TextInput.required("name", request.name(), 200), unit, source, direction,
                    target);
        }
    }

    void change(Draft draft, String accountId, Instant now) {
        if (source == MeasureSource.MANUAL && draft.source() != MeasureSource.MANUAL && !values.isEmpty()) {
            throw new InvalidInput("source", "input.source-has-values");
        }
        this.objectiveId = draft.objectiveId();
        this.name = draft.name();
        this.unit = draft.unit();
        this.source = draft.source();
        this.direction = draft.direction();
        this.target = draft.target();
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    void record(MeasureMonth month, Double value, String accountId, Instant now) {
        if (source != MeasureSource.MANUAL) {
            throw new InvalidInput("source", "input.source-computed", source.key());
        }
        if (value == null) {
            values.remove(month.key());
        }
        else {
            if (!Double.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
                throw new InvalidInput("value", "input.number");
            }
            values.put(month.key(), value);
        }
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    /**
     * The Atlassian Goals score, 0 to 1: how far the value has come from the scale's
     * floor to the target (or, for a lower-is-better measure, how close it stays under
     * the target).
     */
    Double score(Double value) {
        if (value == null) {
            return null;
        }
        double score;
        if (direction == Direction.HIGHER) {
            double span = target - source.floor();
            score = span <= 0 ? (value >= target ? 1 : 0) : (value - source.floor()) / span;
        }
        else {
            score = value <= target ? 1 : (value <= 0 ? 0 : Math.max(0, target) / value);
        }
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
    }

    String id() {
        return id;
    }

    TenantId tenantId() {
        return tenantId;
    }

    String relationshipId() {
        return relationshipId;
    }

    String objectiveId() {
        return objectiveId;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    MeasureSource source() {
        return source;
    }

    Direction direction() {
        return direction;
    }

    double target() {
        return target;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Map<String, Double> values() {
        return Map.copyOf(values);
    }

}
