package com.icr.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the app writes is opened in a spreadsheet: a cell starting with =, +, -, @,
 * tab or CR would run as a formula there, so it is written with a leading apostrophe,
 * which the matrix import takes off again.
 *
 * <p>
 * Which character splits cells depends on the reader: Excel splits on {@code ;} in
 * German, French or Dutch settings, on {@code ,} elsewhere, an import on tabs, and a
 * reader that does not honour the quotes takes every line break of a multi-line cell for
 * a new row. Quotes do not help: a reader splitting on {@code ;} sees a quoted comma-CSV
 * cell in the middle of a line as unquoted text. So every part of a cell that any of them
 * could make a cell of (after {@code ;}, {@code ,}, tab, CR or LF) gets the apostrophe
 * when it starts with a formula character, not only the cell's start.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    /**
     * Where a reader of any locale may start a cell (the value's start, or after a
     * separator) before a formula character.
     */
    private static final Pattern PART_STARTING_A_FORMULA = Pattern.compile("(?<![^;,\\t\\r\\n])(?=[=+\\-@\\t\\r])");

    /** The apostrophe {@link #neutralise} put there. */
    private static final Pattern NEUTRALISED_PART = Pattern.compile("(?<![^;,\\t\\r\\n])'(?=[=+\\-@\\t\\r])");

    private SpreadsheetCells() {
    }

    /**
     * The value with an apostrophe before every part that starts with a formula
     * character.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return PART_STARTING_A_FORMULA.matcher(value).replaceAll("'");
    }

    /** What {@link #neutralise} was given. */
    public static String unneutralise(String value) {
        return value == null || value.indexOf('\'') < 0 ? value : NEUTRALISED_PART.matcher(value).replaceAll("");
    }

    /**
     * A table as RFC 4180 CSV; a plain number (a negative target) is data, any other cell
     * is neutralised.
     */
    public static String table(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                printer.printRecord(
                        row.stream().map(v -> v != null && NUMBER.matcher(v).matches() ? v : neutralise(v)).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A number as a spreadsheet reads it: whole numbers without a fraction; empty when
     * there is none.
     */
    public static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

}
