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
        Map<String, String> names = ReviewExport.relationshipNames(review);
        List<ObjectNode> blocks = new ArrayList<>();
        blocks.add(heading(1, ReviewExport.title(review)));
        blocks.add(paragraph(em(ReviewExport.subtitle(review))));
        snapshot(blocks, review.snapshot());
        trend(blocks, review.trend());
        measures(blocks, review.measures(), review.objectives(), names);
        objectives(blocks, review.objectives(), names);
        items(blocks, review, names);
        appreciation(blocks, review.appreciation());
        notes(blocks, review.sponsorNotes());
        return Adf.doc(blocks);
    }

    private static void snapshot(List<ObjectNode> blocks, List<ReviewView.SnapshotRow> rows) {
        if (section(blocks, ReviewExport.SNAPSHOT, rows.isEmpty())) {
            return;
        }
        List<ObjectNode> table = new ArrayList<>();
        table.add(headerRow(ReviewExport.SNAPSHOT_COLUMNS));
        for (ReviewView.SnapshotRow row : rows) {
            table
                .add(row(List.of(header(row.providerName()), cell(row.customerName()), cell(ReviewExport.standing(row)),
                        cell(ReviewExport.cell(row.satisfaction())), cell(ReviewExport.cell(row.yesno())),
                        cell(ReviewExport.cell(row.service())), cell(String.valueOf(row.open())))));
        }
        blocks.add(Adf.table(table));
    }

    private static void trend(List<ObjectNode> blocks, List<ReviewView.TrendPoint> trend) {
        blocks.add(heading(2, ReviewExport.TREND.heading()));
        blocks.add(paragraph(em(ReviewExport.TREND_CAPTION)));
        List<ObjectNode> table = new ArrayList<>();
        table.add(headerRow(ReviewExport.TREND_COLUMNS));
        for (ReviewView.TrendPoint point : trend) {
            table.add(row(List.of(header(point.quarter()), cell(ReviewExport.value(ReviewCharts.SATISFACTION, point)),
                    cell(ReviewExport.value(ReviewCharts.MET, point)),
                    cell(ReviewExport.value(ReviewCharts.YES, point)),
                    cell(ReviewExport.value(ReviewCharts.SERVICE, point)),
                    cell(point.answered() + " of " + point.sent()))));
        }
        blocks.add(Adf.table(table));
    }

    private static void measures(List<ObjectNode> blocks, List<MeasureView> measures, List<ObjectiveView> objectives,
            Map<String, String> relationships) {
        if (section(blocks, ReviewExport.MEASURES, measures.isEmpty())) {
            return;
        }
        Map<String, String> titles = objectives.stream()
            .collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::title, (a, b) -> a));
        List<String> columns = new ArrayList<>(List.of("Measure", "Target"));
        measures.get(0).months().forEach(m -> columns.add(ReviewExport.month(m.month())));
        columns.addAll(List.of("Status", "Score"));
        List<ObjectNode> table = new ArrayList<>();
        table.add(headerRow(columns));
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
            line.add(cell(ReviewExport.target(measure)));
            measure.months()
                .forEach(m -> line.add(m.value() == null ? cell(List.of(paragraph(em(ReviewExport.NO_MONTH_VALUE))))
                        : cell(ReviewExport.amount(measure, m.value()))));
            line.add(cell(List.of(paragraph(strong(ReviewExport.status(measure.status()))))));
            line.add(cell(ReviewExport.score(measure)));
            table.add(row(line));
        }
        blocks.add(Adf.table(table));
        blocks.add(paragraph(em(ReviewExport.SCORE_NOTE)));
    }

    private static void objectives(List<ObjectNode> blocks, List<ObjectiveView> objectives,
            Map<String, String> relationships) {
        if (section(blocks, ReviewExport.OBJECTIVES, objectives.isEmpty())) {
            return;
        }
        blocks.add(list(objectives, objective -> {
            List<ObjectNode> lines = new ArrayList<>();
            lines.add(paragraph(strong(objective.title())));
            if (objective.description() != null) {
                lines.add(paragraph(objective.description()));
            }
            String supporters = ReviewExport.supporters(objective, relationships);
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
    private static void items(List<ObjectNode> blocks, ReviewView review, Map<String, String> relationships) {
        if (section(blocks, ReviewExport.ITEMS, review.items().isEmpty())) {
            return;
        }
        blocks.add(Adf.table(List.of(
                row(List.of(header(ReviewExport.sideHeading(review, Side.PROVIDER)),
                        header(ReviewExport.sideHeading(review, Side.CUSTOMER)))),
                row(List.of(cell(side(review.items(), Side.PROVIDER, relationships)),
                        cell(side(review.items(), Side.CUSTOMER, relationships)))))));
    }

    private static List<ObjectNode> side(List<ItemView> items, Side side, Map<String, String> relationships) {
        List<ItemView> raised = ReviewExport.raisedBy(items, side);
        if (raised.isEmpty()) {
            return List.of(paragraph(em(ReviewExport.NOTHING_RAISED)));
        }
        List<ObjectNode> paragraphs = new ArrayList<>();
        for (ItemView item : raised) {
            paragraphs.add(paragraph(strong(ReviewExport.word(item.kind().key())), plain(" "),
                    em(ReviewExport.whereAndHowFar(item, relationships))));
            paragraphs.add(paragraph(item.text()));
            if (item.action() != null) {
                paragraphs.add(paragraph(em("Agreed action:"), plain(" " + item.action())));
            }
        }
        return paragraphs;
    }

    private static void appreciation(List<ObjectNode> blocks, List<AppreciationView> thanks) {
        if (section(blocks, ReviewExport.APPRECIATION, thanks.isEmpty())) {
            return;
        }
        blocks.add(list(thanks, thank -> List.of(paragraph(ReviewExport.thanked(thank)))));
    }

    private static void notes(List<ObjectNode> blocks, List<SponsorNoteView> notes) {
        if (section(blocks, ReviewExport.NOTES, notes.isEmpty())) {
            return;
        }
        for (SponsorNoteView note : notes) {
            blocks.add(paragraph(strong(note.relationshipName()), plain(" "), em(ReviewExport.dated(note))));
            blocks.add(paragraph(note.text()));
        }
    }

    /**
     * The section's heading, and its sentence when it has nothing to show; true when it
     * has nothing.
     */
    private static boolean section(List<ObjectNode> blocks, ReviewExport.Section section, boolean empty) {
        blocks.add(heading(2, section.heading()));
        if (empty) {
            blocks.add(paragraph(em(section.none())));
        }
        return empty;
    }

    private static ObjectNode headerRow(List<String> columns) {
        return row(columns.stream().map(Adf::header).toList());
    }

    private static <T> ObjectNode list(List<T> entries, Function<T, List<ObjectNode>> paragraphs) {
        return Adf.bulletList(entries.stream().map(entry -> listItem(paragraphs.apply(entry))).toList());
    }

}
