package com.icr.relationship;

import com.icr.core.Period;
import com.fasterxml.jackson.annotation.JsonInclude;
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
     * A cell is its ordered pair of departments (there is at most one relationship per pair; the detail is at
     * {@code GET /api/relationships?provider=&customer=}). No ids in cells: 20,000 random ids would not
     * compress. {@code value} runs from 0 to 1 for the heat map, null without data; {@code label} is what the
     * cell says, so the map reads without colour; {@code noData} (only when true) marks figures a later
     * feature produces; {@code counts} (only when there are any) are the figures behind the value.
     */
    public record Cell(int provider, int customer, Double value, String label,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean noData,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> counts) {
    }
}
