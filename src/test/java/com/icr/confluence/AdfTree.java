package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reading and checking an ADF document in tests: every node of it, the text a node reads,
 * and the rules of the ADF schema our documents could break.
 */
final class AdfTree {

    private static final Set<String> INLINE = Set.of("text", "hardBreak");

    private static final Set<String> CELLS = Set.of("tableHeader", "tableCell");

    private AdfTree() {
    }

    /** The node and everything under it, depth first. */
    static List<JsonNode> nodes(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        all.add(node);
        node.path("content").forEach(child -> all.addAll(nodes(child)));
        return all;
    }

    static List<JsonNode> ofType(JsonNode node, String type) {
        return nodes(node).stream().filter(n -> type.equals(n.path("type").asText())).toList();
    }

    static List<JsonNode> children(JsonNode node) {
        return StreamSupport.stream(node.path("content").spliterator(), false).toList();
    }

    /**
     * What a node reads: its text nodes joined, a line break for a {@code hardBreak}, a
     * blank line between blocks.
     */
    static String text(JsonNode node) {
        String type = node.path("type").asText();
        if (type.equals("text")) {
            return node.path("text").asText();
        }
        if (type.equals("hardBreak")) {
            return "\n";
        }
        String separator = children(node).stream().allMatch(c -> INLINE.contains(c.path("type").asText())) ? ""
                : "\n\n";
        return String.join(separator, children(node).stream().map(AdfTree::text).toList());
    }

    /** The texts of a table's rows, cell by cell. */
    static List<List<String>> cells(JsonNode table) {
        return children(table).stream().map(row -> children(row).stream().map(AdfTree::text).toList()).toList();
    }

    /**
     * What the ADF schema and Confluence's export require of the nodes these documents
     * use: a versioned doc, text nodes with text (no control characters), tables of rows
     * of cells, cells of paragraphs, headings of level 1 to 6, list items that start with
     * a paragraph, marks without attributes.
     */
    static void assertValid(JsonNode doc) {
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("type").asText()).isEqualTo("doc");
        for (JsonNode node : nodes(doc)) {
            String type = node.path("type").asText();
            assertThat(type).as(node.toString()).isNotEmpty();
            switch (type) {
                case "text" -> {
                    assertThat(node.path("text").asText()).as(node.toString())
                        .isNotEmpty()
                        .doesNotContainPattern("[\\p{Cc}\\p{Cs}\\u2028\\u2029]");
                    node.path("marks").forEach(mark -> assertThat(mark.path("type").asText()).isIn("strong", "em"));
                }
                case "hardBreak" -> assertThat(node.has("content")).isFalse();
                case "paragraph", "heading" ->
                    assertThat(children(node)).allSatisfy(c -> assertThat(c.path("type").asText()).isIn(INLINE));
                case "table" -> assertThat(children(node)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("tableRow"));
                case "tableRow" -> assertThat(children(node)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.path("type").asText()).isIn(CELLS));
                case "tableHeader",
                        "tableCell" ->
                    assertThat(children(node)).as(node.toString())
                        .isNotEmpty()
                        .allSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("paragraph"));
                case "bulletList" -> assertThat(children(node)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("listItem"));
                case "listItem" -> assertThat(children(node)).isNotEmpty()
                    .first()
                    .satisfies(c -> assertThat(c.path("type").asText()).isEqualTo("paragraph"));
                case "doc" -> assertThat(node).isSameAs(doc);
                default -> throw new AssertionError("a node these documents do not use: " + type);
            }
            if (type.equals("heading")) {
                assertThat(node.path("attrs").path("level").asInt()).isBetween(1, 6);
            }
        }
        ofType(doc, "table").forEach(table -> assertThat(children(table).stream().map(r -> children(r).size()))
            .as("every row as wide as the table")
            .containsOnly(children(children(table).get(0)).size()));
    }

}
