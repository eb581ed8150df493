package com.icr.web;

/**
 * Every CSV the app writes is opened in a spreadsheet: a cell starting with =, +, -, @, tab or CR would run
 * as a formula there, so it is written with a leading apostrophe, which the matrix import takes off again.
 */
public final class SpreadsheetCells {

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
}
