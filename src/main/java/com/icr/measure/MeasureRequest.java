package com.icr.measure;

/** A measure as the API takes it; {@code relationshipId} only when it is created. */
public record MeasureRequest(String relationshipId, String objectiveId, String name, String unit, String source, String direction, Double target) {
}
