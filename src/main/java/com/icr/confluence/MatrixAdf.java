package com.icr.confluence;

import static com.icr.confluence.Adf.cell;
import static com.icr.confluence.Adf.header;
import static com.icr.confluence.Adf.paragraph;
import static com.icr.confluence.Adf.row;
import static com.icr.confluence.Adf.strong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icr.relationship.MatrixView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix as an ADF document, for the macro's PDF and Word export on Forge: what
 * {@link MatrixExport} shows in HTML, in the same words, as a native Confluence table
 * (rows provide, columns receive; the header row and the first column name the
 * departments, each cell says its figure in words and keeps the export's light tint).
 */
@Component
class MatrixAdf {

    ObjectNode render(MatrixView view) {
        return render(view, ExportWords.ENGLISH);
    }

    /** The matrix in the reader's language; department names as they were written. */
    ObjectNode render(MatrixView view, ExportWords words) {
        List<ObjectNode> blocks = new ArrayList<>();
        if (!view.missingDepartments().isEmpty()) {
            blocks.add(paragraph(
                    MatrixExport.missingNote(words, view.missingDepartments().size(), !view.departments().isEmpty())));
        }
        if (view.departments().isEmpty()) {
            if (view.missingDepartments().isEmpty()) {
                blocks.add(paragraph(words.text(MatrixExport.NO_DEPARTMENTS)));
            }
            return Adf.doc(blocks);
        }
        Map<Long, MatrixView.Cell> cells = new HashMap<>();
        view.cells().forEach(c -> cells.put(((long) c.provider() << 32) | c.customer(), c));
        List<ObjectNode> rows = new ArrayList<>();
        List<ObjectNode> columns = new ArrayList<>();
        columns.add(header(words.text(MatrixExport.CORNER)));
        view.departments().forEach(d -> columns.add(header(d.name())));
        rows.add(row(columns));
        for (int p = 0; p < view.departments().size(); p++) {
            List<ObjectNode> line = new ArrayList<>();
            line.add(header(view.departments().get(p).name()));
            for (int c = 0; c < view.departments().size(); c++) {
                MatrixView.Cell cell = cells.get(((long) p << 32) | c);
                line.add(cell(MatrixExport.label(words, cell, p == c), MatrixExport.tint(cell)));
            }
            rows.add(row(line));
        }
        blocks.add(paragraph(strong(MatrixExport.caption(words, view))));
        blocks.add(Adf.table(rows));
        return Adf.doc(blocks);
    }

}
