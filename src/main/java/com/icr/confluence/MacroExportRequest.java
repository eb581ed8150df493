package com.icr.confluence;

import java.util.Map;

/**
 * {@code POST /forge/macro/export}, from the macro's {@code adfExport} function: the
 * export Confluence is making ({@code pdf}, {@code word} or {@code other}; the document
 * is the same for each) and the macro's saved parameters ({@code mode},
 * {@code departments}, {@code metric}, {@code period}, {@code relationship},
 * {@code department}, {@code quarter}, each optional). The function's {@code context} is
 * not read: the site is the caller's.
 */
record MacroExportRequest(String exportType, Map<String, String> config) {

    /** A parameter as the macro saved it; null when it did not. */
    String parameter(String name) {
        return config == null ? null : config.get(name);
    }

}
