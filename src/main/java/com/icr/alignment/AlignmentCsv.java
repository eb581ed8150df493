package com.icr.alignment;

import com.icr.relationship.RelationshipView;
import com.icr.web.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Measures (one line per month) and review entries as CSV, for the spreadsheets reviews end up in. */
final class AlignmentCsv {

    static final List<String> MEASURE_COLUMNS = List.of("provider", "customer", "objective", "measure", "unit", "source", "direction",
            "target", "month", "value", "score", "status");
    static final List<String> ITEM_COLUMNS = List.of("provider", "customer", "side", "department", "kind", "status", "text", "owner",
            "agreed_action", "raised_by", "raised_at", "closed_at");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    private AlignmentCsv() {
    }

    static String measures(List<MeasureView> measures, Map<String, RelationshipView> relationships, Map<String, String> objectiveTitles) {
        List<List<String>> rows = new ArrayList<>();
        for (MeasureView m : measures) {
            RelationshipView r = relationships.get(m.relationshipId());
            for (MeasureView.MonthValue month : m.months()) {
                rows.add(Arrays.asList(r.provider().name(), r.customer().name(), objectiveTitles.get(m.objectiveId()), m.name(), m.unit(),
                        m.source().key(), m.direction().key(), number(m.target()), month.month(), number(month.value()),
                        number(m.score()), m.status()));
            }
        }
        return write(MEASURE_COLUMNS, rows);
    }

    static String items(List<ItemView> items, Map<String, RelationshipView> relationships) {
        List<List<String>> rows = new ArrayList<>();
        for (ItemView i : items) {
            RelationshipView r = relationships.get(i.relationshipId());
            rows.add(Arrays.asList(r.provider().name(), r.customer().name(), i.side().key(), i.departmentName(), i.kind().key(),
                    i.status().key(), i.text(), i.ownerAccountId(), i.action(), i.createdByAccountId(), String.valueOf(i.createdAt()),
                    i.closedAt() == null ? null : i.closedAt().toString()));
        }
        return write(ITEM_COLUMNS, rows);
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                // a plain number (a negative target) is data, not a formula
                printer.printRecord(row.stream().map(v -> v != null && NUMBER.matcher(v).matches() ? v : SpreadsheetCells.neutralise(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
