package com.icr.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The few nodes of the Atlassian Document Format the macro's Forge export writes, as
 * Jackson trees. Every node comes out valid wherever the text came from: a text node is
 * never empty, control characters are dropped, a line break the author typed becomes a
 * {@code hardBreak}, and a table cell always holds at least one paragraph.
 */
final class Adf {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Control characters (line breaks are split on before) and lone surrogate halves,
     * which no editor would keep either.
     */
    private static final Pattern UNWRITABLE = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Adf() {
    }

    /** A run of text in one style, one piece of a paragraph. */
    record Run(String text, String mark) {
    }

    static Run plain(String text) {
        return new Run(text, null);
    }

    static Run strong(String text) {
        return new Run(text, "strong");
    }

    static Run em(String text) {
        return new Run(text, "em");
    }

    static ObjectNode doc(List<ObjectNode> blocks) {
        ObjectNode doc = JSON.objectNode().put("version", 1).put("type", "doc");
        doc.putArray("content").addAll(blocks);
        return doc;
    }

    static ObjectNode heading(int level, String text) {
        ObjectNode heading = node("heading");
        heading.putObject("attrs").put("level", level);
        heading.set("content", inline(plain(text)));
        return heading;
    }

    /** A paragraph of the runs; an empty one when none has any text. */
    static ObjectNode paragraph(Run... runs) {
        ObjectNode paragraph = node("paragraph");
        paragraph.set("content", inline(runs));
        return paragraph;
    }

    static ObjectNode paragraph(String text) {
        return paragraph(plain(text));
    }

    static ObjectNode table(List<ObjectNode> rows) {
        ObjectNode table = node("table");
        table.putObject("attrs").put("isNumberColumnEnabled", false);
        table.putArray("content").addAll(rows);
        return table;
    }

    static ObjectNode row(List<ObjectNode> cells) {
        ObjectNode row = node("tableRow");
        row.putArray("content").addAll(cells);
        return row;
    }

    /** A header cell (a column's or a row's) of one line of text. */
    static ObjectNode header(String text) {
        return cell("tableHeader", null, List.of(paragraph(text)));
    }

    static ObjectNode header(List<ObjectNode> blocks) {
        return cell("tableHeader", null, blocks);
    }

    static ObjectNode cell(String text) {
        return cell(text, null);
    }

    /**
     * A cell of one line of text, tinted with {@code background} (a hex colour) unless
     * null.
     */
    static ObjectNode cell(String text, String background) {
        return cell("tableCell", background, List.of(paragraph(text)));
    }

    static ObjectNode cell(List<ObjectNode> blocks) {
        return cell("tableCell", null, blocks);
    }

    static ObjectNode bulletList(List<ObjectNode> items) {
        ObjectNode list = node("bulletList");
        list.putArray("content").addAll(items);
        return list;
    }

    /** A list item of paragraphs, the first one its line. */
    static ObjectNode listItem(List<ObjectNode> paragraphs) {
        ObjectNode item = node("listItem");
        item.putArray("content").addAll(paragraphs.isEmpty() ? List.of(paragraph()) : paragraphs);
        return item;
    }

    private static ObjectNode cell(String type, String background, List<ObjectNode> blocks) {
        ObjectNode cell = node(type);
        if (background != null) {
            cell.putObject("attrs").put("background", background);
        }
        cell.putArray("content").addAll(blocks.isEmpty() ? List.of(paragraph()) : blocks);
        return cell;
    }

    private static ArrayNode inline(Run... runs) {
        ArrayNode content = JSON.arrayNode();
        for (Run run : runs) {
            if (run.text() == null) {
                continue;
            }
            String[] lines = LINE_BREAK.split(run.text(), -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    content.add(node("hardBreak"));
                }
                String line = UNWRITABLE.matcher(lines[i].replace('\t', ' ')).replaceAll("");
                if (line.isEmpty()) {
                    continue;
                }
                ObjectNode text = node("text").put("text", line);
                if (run.mark() != null) {
                    text.putArray("marks").add(node(run.mark()));
                }
                content.add(text);
            }
        }
        trimBreaks(content);
        return content;
    }

    /** Breaks at either end of a paragraph only add blank lines. */
    private static void trimBreaks(ArrayNode content) {
        while (!content.isEmpty() && isBreak(content, content.size() - 1)) {
            content.remove(content.size() - 1);
        }
        while (!content.isEmpty() && isBreak(content, 0)) {
            content.remove(0);
        }
    }

    private static boolean isBreak(ArrayNode content, int index) {
        return "hardBreak".equals(content.get(index).path("type").asText());
    }

    private static ObjectNode node(String type) {
        return JSON.objectNode().put("type", type);
    }

}
