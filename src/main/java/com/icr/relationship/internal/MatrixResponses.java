package com.icr.relationship.internal;

import com.icr.relationship.MatrixView;
import com.icr.relationship.Metric;
import com.icr.relationship.UnknownDepartments;
import com.icr.core.Quarter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/matrix} ready to send: the JSON, gzipped once, kept for the site's current data revision.
 * 20,000 cells cost ~50 ms to read, serialise and compress; everyone who opens the same matrix before the
 * next change gets those bytes for the price of one primary-key read.
 */
@Component
class MatrixResponses {

    private static final int MAX_ENTRIES = 16;

    record Rendered(byte[] json, byte[] gzip, String etag) {
    }

    private record Key(TenantId tenantId, long revision, Metric metric, String period, String departments, UnknownDepartments unknown) {
    }

    private final MatrixQuery query;
    private final TenantManagement revisions;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<Key, Rendered> cache = Collections.synchronizedMap(new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    MatrixResponses(MatrixQuery query, TenantManagement revisions, ObjectMapper json, Clock clock) {
        this.query = query;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    Rendered render(TenantId tenantId, String metric, String period, String departments, String unknownDepartments) {
        // Parameters are checked before the cache is consulted, so a bad one is a 400 every time.
        Key key = new Key(tenantId, revisions.dataRevision(tenantId), Metric.parse(metric), Quarter.parse("period", period, clock).period().key(),
                normalised(departments), UnknownDepartments.parse(unknownDepartments));
        Rendered cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = rendered(query.matrixFor(tenantId, key.metric().key(), key.period(), key.departments(), key.unknown()));
        cache.put(key, rendered);
        return rendered;
    }

    private Rendered rendered(MatrixView view) {
        try {
            byte[] bytes = json.writeValueAsBytes(view);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 8);
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(bytes);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Rendered(bytes, compressed.toByteArray(), "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(String departments) {
        if (departments == null || departments.isBlank()) {
            return "";
        }
        String[] ids = Arrays.stream(departments.split(",")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toArray(String[]::new);
        return String.join(",", ids);
    }
}
