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
 * {@code GET /api/matrix} ready to send: the JSON, gzipped once, kept for the site's
 * current data revision. 20,000 cells cost ~50 ms to read, serialise and compress;
 * everyone who opens the same matrix before the next change gets those bytes for the
 * price of one primary-key read.
 *
 * <p>
 * Kept per site: each site has its own few entries ({@link #PER_SITE}, least recently
 * used first out), so one site asking for many periods, metrics or department filters
 * only pushes out its own matrices, never another site's. The sites themselves are
 * bounded ({@link #SITES}, least recently used first out, and forgotten after
 * {@link #IDLE} without a read): only that many sites being active at once, not any one
 * site's requests, makes a site's matrices go.
 */
@Component
class MatrixResponses {

    static final int PER_SITE = 8;
    static final int SITES = 512;
    static final java.time.Duration IDLE = java.time.Duration.ofMinutes(30);

    record Rendered(byte[] json, byte[] gzip, String etag) {
    }

    private record Key(TenantId tenantId, long revision, Metric metric, String period, String departments,
            UnknownDepartments unknown) {
    }

    private final MatrixQuery query;

    private final TenantManagement revisions;

    private final ObjectMapper json;

    private final Clock clock;

    private final com.github.benmanes.caffeine.cache.Cache<TenantId, Map<Key, Rendered>> sites = com.github.benmanes.caffeine.cache.Caffeine
        .newBuilder()
        .maximumSize(SITES)
        .expireAfterAccess(IDLE)
        .build();

    MatrixResponses(MatrixQuery query, TenantManagement revisions, ObjectMapper json, Clock clock) {
        this.query = query;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    Rendered render(TenantId tenantId, String metric, String period, String departments, String unknownDepartments) {
        // Parameters are checked before the cache is consulted, so a bad one is a 400
        // every time.
        Key key = new Key(tenantId, revisions.dataRevision(tenantId), Metric.parse(metric),
                Quarter.parse("period", period, clock).period().key(), normalised(departments),
                UnknownDepartments.parse(unknownDepartments));
        Map<Key, Rendered> cache = sites.get(tenantId, t -> siteEntries());
        Rendered cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = rendered(
                query.matrixFor(tenantId, key.metric().key(), key.period(), key.departments(), key.unknown()));
        cache.put(key, rendered);
        return rendered;
    }

    /** Whether this site's matrix for these parameters is kept (for tests). */
    boolean keeps(TenantId tenantId, String metric, String period, String departments, String unknownDepartments) {
        Map<Key, Rendered> cache = sites.getIfPresent(tenantId);
        Key key = new Key(tenantId, revisions.dataRevision(tenantId), Metric.parse(metric),
                Quarter.parse("period", period, clock).period().key(), normalised(departments),
                UnknownDepartments.parse(unknownDepartments));
        return cache != null && cache.containsKey(key);
    }

    private static Map<Key, Rendered> siteEntries() {
        return Collections.synchronizedMap(new LinkedHashMap<>(PER_SITE, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
                return size() > PER_SITE;
            }
        });
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
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(String departments) {
        if (departments == null || departments.isBlank()) {
            return "";
        }
        String[] ids = Arrays.stream(departments.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .sorted()
            .toArray(String[]::new);
        return String.join(",", ids);
    }

}
