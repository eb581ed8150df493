package com.icr.relationship;

import com.icr.core.Period;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/matrix}: departments on both axes and one cell per relationship. Cells
 * name departments by their index in {@code departments}, which keeps a site of 20,000
 * relationships small on the wire.
 */
@Schema(name = "Matrix")
public record MatrixView(Metric metric, Period period, List<Axis> departments, List<Cell> cells, @Schema(
        description = "Department ids the request named that this site does not have (left out, with unknownDepartments=omit); absent when there are none") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingDepartments) {

    @Schema(name = "MatrixDepartment")
    public record Axis(String id, String name) {
    }

    /**
     * A cell is its ordered pair of departments (there is at most one relationship per
     * pair; the detail is at {@code GET /api/relationships?provider=&customer=}). No ids
     * in cells: 20,000 random ids would not compress. {@code value} runs from 0 to 1 for
     * the heat map, null without data; {@code label} is what the cell says, so the map
     * reads without colour; {@code noData} (only when true) marks figures a later feature
     * produces; {@code counts} (only when there are any) are the figures behind the
     * value.
     */
    @Schema(name = "MatrixCell", description = "One relationship: the ordered pair of departments identifies it")
    public record Cell(@Schema(description = "Index in departments") int provider,
            @Schema(description = "Index in departments") int customer,
            @Schema(minimum = "0", maximum = "1", nullable = true) Double value, String label,
            @Schema(description = "Present and true for figures a later feature produces: 'No data yet'") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean noData,
            @Schema(description = "The figures behind the value, when there are any") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> counts) {
    }
}
