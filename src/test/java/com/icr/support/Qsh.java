package com.icr.support;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connect's query string hash, written from Atlassian's specification for the tests and
 * independent of the app's code: SHA-256 hex of {@code METHOD&path&query}, the query's
 * parameters sorted by name, names and values percent-encoded (RFC 3986), repeated values
 * joined with commas, {@code jwt} left out.
 */
public final class Qsh {

    private Qsh() {
    }

    public static String of(String method, String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Map<String, List<String>> params = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!name.equals("jwt")) {
                    params.computeIfAbsent(encode(name), k -> new ArrayList<>()).add(encode(value));
                }
            }
        }
        List<String> parts = new ArrayList<>();
        params.forEach((name, values) -> parts.add(name + "=" + String.join(",", values.stream().sorted().toList())));
        String canonical = method.toUpperCase() + "&" + path + "&" + String.join("&", parts);
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

}
