package com.icr.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the app writes is opened in a spreadsheet: a cell starting with =, +, -, @, tab or CR would run
 * as a formula there, so it is written with a leading apostrophe, which the matrix import takes off again.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    private SpreadsheetCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public static String unneutralise(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** A table as RFC 4180 CSV; a plain number (a negative target) is data, any other cell is neutralised. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(v -> v != null && NUMBER.matcher(v).matches() ? v : neutralise(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A number as a spreadsheet reads it: whole numbers without a fraction; empty when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
