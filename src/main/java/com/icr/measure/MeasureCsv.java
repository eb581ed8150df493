package com.icr.measure;

import static com.icr.core.SpreadsheetCells.number;

import com.icr.core.SpreadsheetCells;
import com.icr.relationship.RelationshipView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Measures as CSV, one line per month, for the spreadsheets reviews end up in. */
final class MeasureCsv {

    static final List<String> COLUMNS = List.of("provider", "customer", "objective", "measure", "unit", "source",
            "direction", "target", "month", "value", "score", "status");

    private MeasureCsv() {
    }

    static String of(List<MeasureView> measures, Map<String, RelationshipView> relationships,
            Map<String, String> objectiveTitles) {
        List<List<String>> rows = new ArrayList<>();
        for (MeasureView m : measures) {
            RelationshipView r = relationships.get(m.relationshipId());
            for (MeasureView.MonthValue month : m.months()) {
                rows.add(Arrays.asList(r.provider().name(), r.customer().name(), objectiveTitles.get(m.objectiveId()),
                        m.name(), m.unit(), m.source().key(), m.direction().key(), number(m.target()), month.month(),
                        number(month.value()), number(m.score()), m.status()));
            }
        }
        return SpreadsheetCells.table(COLUMNS, rows);
    }

}
