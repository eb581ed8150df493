package com.icr.confluence;

import static com.icr.confluence.Adf.cell;
import static com.icr.confluence.Adf.em;
import static com.icr.confluence.Adf.header;
import static com.icr.confluence.Adf.heading;
import static com.icr.confluence.Adf.listItem;
import static com.icr.confluence.Adf.paragraph;
import static com.icr.confluence.Adf.plain;
import static com.icr.confluence.Adf.row;
import static com.icr.confluence.Adf.strong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icr.appreciation.AppreciationView;
import com.icr.measure.MeasureView;
import com.icr.objective.ObjectiveView;
import com.icr.relationship.Side;
import com.icr.review.ItemView;
import com.icr.review.ReviewView;
import com.icr.review.SponsorNoteView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The quarterly review as an ADF document, for the macro's PDF and Word export on Forge:
 * {@link ReviewExport}'s sections in its order and words, as headings, tables, lists and
 * paragraphs. ADF has no drawings an app can make, so the trend is its table of figures
 * alone (the HTML's text alternative to its charts).
 */
@Component
class ReviewAdf {

    ObjectNode render(ReviewView review) {
        return render(review, ExportWords.ENGLISH);
    }

    /** The review in the reader's language; names and texts as people wrote them. */
    ObjectNode render(ReviewView review, ExportWords words) {
        Map<String, String> names = ReviewExport.relationshipNames(review);
        List<ObjectNode> blocks = new ArrayList<>();
        blocks.add(heading(1, ReviewExport.title(words, review)));
        blocks.add(paragraph(em(ReviewExport.subtitle(words, review))));
        snapshot(blocks, review.snapshot(), words);
        trend(blocks, review.trend(), words);
        measures(blocks, review.measures(), review.objectives(), names, words);
        objectives(blocks, review.objectives(), names, words);
        items(blocks, review, names, words);
        appreciation(blocks, review.appreciation(), words);
        notes(blocks, review.sponsorNotes(), words);
        return Adf.doc(blocks);
    }

    private static void snapshot(List<ObjectNode> blocks, List<ReviewView.SnapshotRow> rows, ExportWords words) {
        if (section(blocks, ReviewExport.SNAPSHOT, rows.isEmpty(), words)) {
            return;
        }
        List<ObjectNode> table = new ArrayList<>();
        table.add(headerRow(words, ReviewExport.SNAPSHOT_COLUMNS));
        for (ReviewView.SnapshotRow row : rows) {
            table.add(row(List.of(header(row.providerName()), cell(row.customerName()),
                    cell(ReviewExport.standing(words, row)), cell(ReviewExport.cell(words, row.satisfaction())),
                    cell(ReviewExport.cell(words, row.yesno())), cell(ReviewExport.cell(words, row.service())),
                    cell(ReviewExport.cell(words, row.specification())), cell(String.valueOf(row.open())))));
        }
        blocks.add(Adf.table(table));
    }

    private static void trend(List<ObjectNode> blocks, List<ReviewView.TrendPoint> trend, ExportWords words) {
        blocks.add(heading(2, words.text(ReviewExport.TREND.heading())));
        blocks.add(paragraph(em(words.text(ReviewExport.TREND_CAPTION))));
        List<ObjectNode> table = new ArrayList<>();
        table.add(headerRow(words, ReviewExport.TREND_COLUMNS));
        for (ReviewView.TrendPoint point : trend) {
            table.add(row(List.of(header(words.quarter(point.quarter())),
                    cell(ReviewExport.value(words, ReviewCharts.SATISFACTION, point)),
                    cell(ReviewExport.value(words, ReviewCharts.MET, point)),
                    cell(ReviewExport.value(words, ReviewCharts.YES, point)),
                    cell(ReviewExport.value(words, ReviewCharts.SERVICE, point)),
                    cell(ReviewExport.answered(words, point)))));
        }
        blocks.add(Adf.table(table));
    }

    private static void measures(List<ObjectNode> blocks, List<MeasureView> measures, List<ObjectiveView> objectives,
            Map<String, String> relationships, ExportWords words) {
        if (section(blocks, ReviewExport.MEASURES, measures.isEmpty(), words)) {
            return;
        }
        Map<String, String> titles = objectives.stream()
            .collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::title, (a, b) -> a));
        List<String> columns = new ArrayList<>(List.of(words.text(ReviewExport.MEASURE_COLUMNS.get(0)),
                words.text(ReviewExport.MEASURE_COLUMNS.get(1))));
        measures.get(0).months().forEach(m -> columns.add(words.month(m.month())));
        columns.addAll(List.of(words.text(ReviewExport.MEASURE_COLUMNS.get(2)),
                words.text(ReviewExport.MEASURE_COLUMNS.get(3))));
        List<ObjectNode> table = new ArrayList<>();
        table.add(row(columns.stream().map(Adf::header).toList()));
        for (MeasureView measure : measures) {
            List<ObjectNode> what = new ArrayList<>();
            what.add(paragraph(measure.name()));
            String relationship = relationships.get(measure.relationshipId());
            if (relationship != null) {
                what.add(paragraph(relationship));
            }
            String objective = measure.objectiveId() == null ? null : titles.get(measure.objectiveId());
            if (objective != null) {
                what.add(paragraph(objective));
            }
            List<ObjectNode> line = new ArrayList<>();
            line.add(header(what));
            line.add(cell(ReviewExport.target(words, measure)));
            measure.months()
                .forEach(m -> line
                    .add(m.value() == null ? cell(List.of(paragraph(em(words.text(ReviewExport.NO_MONTH_VALUE)))))
                            : cell(ReviewExport.amount(words, measure, m.value()))));
            line.add(cell(List.of(paragraph(strong(ReviewExport.status(words, measure.status()))))));
            line.add(cell(ReviewExport.score(words, measure)));
            table.add(row(line));
        }
        blocks.add(Adf.table(table));
        blocks.add(paragraph(em(words.text(ReviewExport.SCORE_NOTE))));
    }

    private static void objectives(List<ObjectNode> blocks, List<ObjectiveView> objectives,
            Map<String, String> relationships, ExportWords words) {
        if (section(blocks, ReviewExport.OBJECTIVES, objectives.isEmpty(), words)) {
            return;
        }
        blocks.add(list(objectives, objective -> {
            List<ObjectNode> lines = new ArrayList<>();
            lines.add(paragraph(strong(objective.title())));
            if (objective.description() != null) {
                lines.add(paragraph(objective.description()));
            }
            String supporters = ReviewExport.supporters(words, objective, relationships);
            if (supporters != null) {
                lines.add(paragraph(em(supporters)));
            }
            return lines;
        }));
    }

    /**
     * Provider and customer side by side, as in the HTML: the practice compares what each
     * side says about the other.
     */
    private static void items(List<ObjectNode> blocks, ReviewView review, Map<String, String> relationships,
            ExportWords words) {
        if (section(blocks, ReviewExport.ITEMS, review.items().isEmpty(), words)) {
            return;
        }
        blocks.add(Adf.table(List.of(
                row(List.of(header(ReviewExport.sideHeading(words, review, Side.PROVIDER)),
                        header(ReviewExport.sideHeading(words, review, Side.CUSTOMER)))),
                row(List.of(cell(side(review.items(), Side.PROVIDER, relationships, words)),
                        cell(side(review.items(), Side.CUSTOMER, relationships, words)))))));
    }

    private static List<ObjectNode> side(List<ItemView> items, Side side, Map<String, String> relationships,
            ExportWords words) {
        List<ItemView> raised = ReviewExport.raisedBy(items, side);
        if (raised.isEmpty()) {
            return List.of(paragraph(em(words.text(ReviewExport.NOTHING_RAISED))));
        }
        List<ObjectNode> paragraphs = new ArrayList<>();
        for (ItemView item : raised) {
            paragraphs.add(paragraph(strong(words.text("export.review.kind." + item.kind().key())), plain(" "),
                    em(ReviewExport.whereAndHowFar(words, item, relationships))));
            paragraphs.add(paragraph(item.text()));
            if (item.action() != null) {
                paragraphs.add(paragraph(em(words.text("export.review.agreed-action")), plain(" " + item.action())));
            }
        }
        return paragraphs;
    }

    private static void appreciation(List<ObjectNode> blocks, List<AppreciationView> thanks, ExportWords words) {
        if (section(blocks, ReviewExport.APPRECIATION, thanks.isEmpty(), words)) {
            return;
        }
        blocks.add(list(thanks, thank -> List.of(paragraph(ReviewExport.thanked(words, thank)))));
    }

    private static void notes(List<ObjectNode> blocks, List<SponsorNoteView> notes, ExportWords words) {
        if (section(blocks, ReviewExport.NOTES, notes.isEmpty(), words)) {
            return;
        }
        for (SponsorNoteView note : notes) {
            blocks.add(paragraph(strong(note.relationshipName()), plain(" "), em(ReviewExport.dated(words, note))));
            blocks.add(paragraph(note.text()));
        }
    }

    /**
     * The section's heading, and its sentence when it has nothing to show; true when it
     * has nothing.
     */
    private static boolean section(List<ObjectNode> blocks, ReviewExport.Section section, boolean empty,
            ExportWords words) {
        blocks.add(heading(2, words.text(section.heading())));
        if (empty) {
            blocks.add(paragraph(em(words.text(section.none()))));
        }
        return empty;
    }

    /** A header row of the bundle's column names. */
    private static ObjectNode headerRow(ExportWords words, List<String> columns) {
        return row(columns.stream().map(words::text).map(Adf::header).toList());
    }

    private static <T> ObjectNode list(List<T> entries, Function<T, List<ObjectNode>> paragraphs) {
        return Adf.bulletList(entries.stream().map(entry -> listItem(paragraphs.apply(entry))).toList());
    }

}
