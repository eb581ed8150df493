package com.icr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cell is safe in every reader that splits it: on ; (German, French, Dutch Excel), on ,
 * or tab, or at a line break.
 */
class SpreadsheetCellsTest {

    private static final List<String> SEPARATORS = List.of(";", ",", "\t", "\r", "\n");

    @ParameterizedTest
    @ValueSource(strings = { "a;=cmd|' /C calc'!A0", "a,=cmd|' /C calc'!A0", "a\t=cmd|' /C calc'!A0",
            "a;+1+cmd|' /C calc'!A0", "a;-2+cmd|' /C calc'!A0", "a;@SUM(1+1)*cmd|' /C calc'!A0",
            "ok;;=HYPERLINK(\"http://evil\")", "x\n=1+1", "x\r\n-1+1", "=1+1;=2+2,@SUM(A1)\t+3",
            "a;\t=cmd|' /C calc'!A0", "a;\r=cmd", "plain text; no formula, here - really" })
    void noPartOfANeutralisedCellStartsAFormulaAndTheImportGetsTheValueBack(String value) {
        String written = SpreadsheetCells.neutralise(value);

        for (String separator : SEPARATORS) {
            for (String part : written.split(Pattern.quote(separator), -1)) {
                assertThat(part)
                    .as("a part after %s of %s", separator.replace("\t", "TAB").replace("\r", "CR").replace("\n", "LF"),
                            written)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t")
                    .doesNotStartWith("\r");
            }
        }
        assertThat(SpreadsheetCells.unneutralise(written)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Leads", "Sales, Support; and more", "a - b", "it's", "'quoted'" })
    void textWithoutFormulasIsWrittenAsItIs(String value) {
        assertThat(SpreadsheetCells.neutralise(value)).isEqualTo(value);
        assertThat(SpreadsheetCells.unneutralise(value)).isEqualTo(value);
    }

}
