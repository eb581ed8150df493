package com.icr.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.Period;
import com.icr.relationship.MatrixView;
import com.icr.relationship.Metric;
import com.icr.review.ReviewView;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The export speaks the reader's language: every word from {@code i18n/exports} (English
 * and German with the same keys and arguments, every key the code names present),
 * numbers, days, months and quarters as German writes them, the HTML and the ADF alike;
 * names people typed stay as they were, escaped.
 */
class ExportWordsTest {

    private static final Pattern KEY = Pattern.compile("\"(export\\.[a-z0-9.-]+)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private static final ExportWords GERMAN = ExportWords.of(Locale.forLanguageTag("de-DE"));

    private static final MatrixView MATRIX = new MatrixView(Metric.SATISFACTION,
            new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
            List.of(new MatrixView.Axis("finance", "Finance & Co"), new MatrixView.Axis("sales", "Vertrieb"),
                    new MatrixView.Axis("legal", "Legal")),
            List.of(new MatrixView.Cell(0, 1, 0.8, "4.2 of 5 · 80 % met · 4 of 5 answered", false, null),
                    new MatrixView.Cell(1, 0, null, "No data yet", true, null),
                    new MatrixView.Cell(2, 0, 1.0, "Agreed v2, v3 pending", false, null)),
            List.of("gone"));

    @Test
    void bothLanguagesHoldTheSameKeysWithTheSameArgumentsAndEveryKeyTheCodeNames() throws IOException {
        Properties english = bundle("exports");
        Properties german = bundle("exports_de");
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            for (String message : List.of(english.getProperty(key), german.getProperty(key))) {
                if (!placeholders(message).isEmpty()) {
                    assertThat(message.replace("''", "")).as(key).doesNotContain("'");
                    new MessageFormat(message, Locale.ROOT);
                }
            }
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/icr/confluence"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(60);
        for (String key : named) {
            assertThat(english.stringPropertyNames()).as(key)
                .anyMatch(k -> key.endsWith(".") ? k.startsWith(key) : k.equals(key));
        }
    }

    @Test
    void aGermanReaderGetsAGermanMatrixInHtmlAndAdfWithNumbersAndQuartersAsGermanWritesThem() {
        String html = new MatrixExport().render(MATRIX, GERMAN);
        JsonNode adf = new MatrixAdf().render(MATRIX, GERMAN);
        String adfText = AdfTree.text(adf);

        for (String text : List.of(html, adfText)) {
            assertThat(text).contains(
                    "Matrix der internen Kundenbeziehungen: Zufriedenheit, Q4 2026 (Zeilen liefern, Spalten empfangen)")
                .contains("Eine Abteilung, die dieses Makro nennt, gibt es nicht mehr; die Matrix zeigt die übrigen.")
                .contains("4,2 von 5 · 80 % erfüllt · 4 von 5 beantwortet")
                .contains("Noch keine Daten")
                .contains("Vereinbart v2, v3 ausstehend")
                .contains("Vertrieb")
                .doesNotContain("answered")
                .doesNotContain("2026-Q4");
        }
        assertThat(html).contains("Anbieter \\ Kunde").contains("Finance &amp; Co");
        assertThat(adfText).contains("Anbieter \\ Kunde").contains("Finance & Co");
        AdfTree.assertValid(adf);
        // English stays as it was
        assertThat(new MatrixExport().render(MATRIX))
            .contains("Internal Customer Relationship Matrix: satisfaction, 2026-Q4 (rows provide, columns receive)")
            .contains("4.2 of 5 · 80 % met · 4 of 5 answered");
    }

    @Test
    void aGermanReaderGetsAGermanReviewInHtmlAndAdf() {
        ReviewView review = ReviewExportRenderingTest.review(ReviewExportRenderingTest.trend(4.25, 0.8, 0.9, 0.75));

        String html = new ReviewExport().render(review, GERMAN);
        String adf = AdfTree.text(new ReviewAdf().render(review, GERMAN));

        for (String text : List.of(html, adf)) {
            assertThat(text).contains("Quartalsreview: ")
                .contains(", Q4 2026")
                .contains("Erstellt am 23. Nov. 2026 von Internal Customer Relationships.")
                .contains("Die Matrix in diesem Quartal")
                .contains("Vereinbart")
                .contains("4,2 von 5 · 80 % erfüllt · 4 von 5 beantwortet")
                .contains("9 Ja · 1 Nein")
                .contains("Entwicklung über die letzten vier Quartale")
                .contains("Kennzahlen und Ziele")
                .contains("mindestens 40 Leads")
                .contains("höchstens 30 days")
                .contains("Auf Kurs")
                .contains("Gefährdet")
                .contains("0,75")
                .contains("Okt. 2026")
                .contains("Frustration")
                .contains("Maßnahme vereinbart")
                .contains("Vereinbarte Maßnahme:")
                .contains("Annahme")
                .contains("Wertschätzung")
                .contains("dankte 1 Person in")
                .contains("Notizen des Executive Sponsors")
                .contains("Wertung von 0,0 bis 1,0")
                .contains("8 von 10")
                .doesNotContain("Measures against targets")
                .doesNotContain("Provider side");
        }
        // the charts, which only the HTML draws, are German too
        assertThat(html).contains("Zufriedenheit (Durchschnittsbewertung, 1 bis 5), nach Quartal: Q1 2026 keine Daten")
            .contains(">4,3</text>")
            .contains(">Quartal</text>")
            .contains(">Bewertung</text>");
        // what people typed is never translated, and escaped in the HTML
        assertThat(html).contains("&lt;script&gt;alert(&#39;dept&#39;)&lt;/script&gt; Legal")
            .doesNotContain("<script>");
    }

    @Test
    void theSpecificationMetricsCellIsSaidInGerman() {
        assertThat(GERMAN.cell("3 of 4 complete · met 88% vs 50%"))
            .isEqualTo("3 von 4 vollständig · erfüllt 88% gegenüber 50%");
        assertThat(GERMAN.cell("1 of 2 complete")).isEqualTo("1 von 2 vollständig");
        assertThat(ExportWords.ENGLISH.cell("1 of 1 complete · met 100% vs –"))
            .isEqualTo("1 of 1 complete · met 100% vs –");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsEnglish() {
        assertThat(ExportWords.of(Locale.FRANCE)).isSameAs(ExportWords.ENGLISH);
        assertThat(ExportWords.of(Locale.forLanguageTag("de-AT")).locale()).isEqualTo(Locale.GERMAN);
        assertThat(ExportWords.ENGLISH.cell("Something the export does not know"))
            .isEqualTo("Something the export does not know");
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ExportWordsTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

}
