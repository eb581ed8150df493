package com.icr.relationship;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/matrix}: departments on both axes and one cell per relationship. Cells name departments by
 * their index in {@code departments}, which keeps a site of 20,000 relationships small on the wire.
 */
public record MatrixView(Metric metric, Period period, List<Axis> departments, List<Cell> cells) {

    public record Axis(String id, String name) {
    }

    /**
     * {@code value} runs from 0 to 1 for the heat map, null without data; {@code label} is what the cell says,
     * so the map reads without colour; {@code counts} are the figures behind it.
     */
    public record Cell(String relationshipId, int provider, int customer, Double value, String label, boolean noData,
                       Map<String, Integer> counts) {
    }
}
