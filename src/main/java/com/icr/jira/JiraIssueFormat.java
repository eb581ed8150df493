package com.icr.jira;

import com.icr.core.IssueId;
import com.fasterxml.jackson.databind.JsonNode;
import com.icr.request.IssueSnapshot;
import com.icr.core.InvalidInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Jira's issue JSON (REST API v3 and webhook bodies share it) into the request
 * module's snapshot. Jira writes times as {@code 2026-11-23T10:15:30.000+0000}; the
 * offset may also come with a colon.
 */
final class JiraIssueFormat {

    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
        .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
        .optionalStart()
        .appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true)
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HH:MM", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HHMM", "Z")
        .optionalEnd()
        .toFormatter();

    /**
     * The sizes of the columns an issue is stored in (006-request.yaml): a longer value
     * is refused here, not by the database.
     */
    static final int MAX_KEY = 255;
    static final int MAX_COMPONENT_IDS = 2000;
    static final int MAX_ACCOUNT_ID = 128;
    static final int MAX_STATUS_CATEGORY = 20;

    static final int MAX_STATUS_ID = 32;

    static final int MAX_STATUS_NAME = 255;

    /**
     * Times the app stores: from 1970 to the end of year 9999 (what every database's
     * timestamp holds).
     */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private JiraIssueFormat() {
    }

    /**
     * A delivery's body as a JSON object: 400 naming {@code body} when it is empty, not
     * JSON, or not an object.
     */
    static JsonNode bodyOf(com.fasterxml.jackson.databind.ObjectMapper mapper, byte[] body) {
        JsonNode payload;
        try {
            payload = body == null || body.length == 0 ? null : mapper.readTree(body);
        }
        catch (java.io.IOException e) {
            throw new InvalidInput("body", "input.not-json");
        }
        if (payload == null || !payload.isObject()) {
            throw new InvalidInput("body", "input.json-object");
        }
        return payload;
    }

    /**
     * A delivery key from the hash of what was delivered, for deliveries that carry no id
     * of their own: the same bytes, the same key.
     */
    static String hashKey(String prefix, byte[] delivered) {
        try {
            return prefix + java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(delivered));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String issueIdOf(JsonNode issue) {
        return IssueId.parse("issue.id", issue.path("id").asText("")).value();
    }

    static IssueSnapshot snapshotOf(JsonNode issue) {
        String id = issueIdOf(issue);
        JsonNode fields = issue.path("fields");
        if (!fields.isObject()) {
            throw new InvalidInput("issue.fields", "input.required");
        }
        String project = text(fields.path("project").path("key"));
        if (project == null) {
            throw new InvalidInput("issue.fields.project.key", "input.required");
        }
        List<String> components = new ArrayList<>();
        fields.path("components").forEach(c -> {
            String componentId = text(c.path("id"));
            if (componentId != null) {
                components.add(componentId);
            }
        });
        if (String.join(",", components).length() > MAX_COMPONENT_IDS) {
            throw new InvalidInput("issue.fields.components", "input.too-many-components", MAX_COMPONENT_IDS);
        }
        return new IssueSnapshot(id, bounded("issue.key", text(issue.path("key")), MAX_KEY),
                bounded("issue.fields.project.key", project, MAX_KEY), components,
                accountId("issue.fields.reporter.accountId", fields.path("reporter").path("accountId")),
                accountId("issue.fields.assignee.accountId", fields.path("assignee").path("accountId")),
                bounded("issue.fields.status.statusCategory.key",
                        text(fields.path("status").path("statusCategory").path("key")), MAX_STATUS_CATEGORY),
                time("issue.fields.created", fields.path("created")),
                time("issue.fields.resolutiondate", fields.path("resolutiondate")),
                bounded("issue.fields.status.id", text(fields.path("status").path("id")), MAX_STATUS_ID),
                bounded("issue.fields.status.name", text(fields.path("status").path("name")), MAX_STATUS_NAME));
    }

    static Instant time(String field, JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(value, JIRA_TIME).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new InvalidInput(field, "input.not-jira-time");
        }
        return inRange(field, time);
    }

    static Instant inRange(String field, Instant time) {
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw new InvalidInput(field, "input.time-out-of-range");
        }
        return time;
    }

    static String accountId(String field, JsonNode node) {
        return bounded(field, text(node), MAX_ACCOUNT_ID);
    }

    private static String bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, "input.longer-than", max);
        }
        return value;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }

}
