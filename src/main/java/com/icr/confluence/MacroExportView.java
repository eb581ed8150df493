package com.icr.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the macro's {@code adfExport} function returns to Confluence: {@code adf}, an ADF
 * document ({@code {"version":1,"type":"doc","content":[...]}}).
 */
record MacroExportView(ObjectNode adf) {
}
