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
 * Reads Jira's issue JSON (REST API v3 and webhook bodies share it) into the request module's snapshot.
 * Jira writes times as {@code 2026-11-23T10:15:30.000+0000}; the offset may also come with a colon.
 */
final class JiraIssueFormat {

    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private JiraIssueFormat() {
    }

    static String issueIdOf(JsonNode issue) {
        return IssueId.parse("issue.id", issue.path("id").asText("")).value();
    }

    static IssueSnapshot snapshotOf(JsonNode issue) {
        String id = issueIdOf(issue);
        JsonNode fields = issue.path("fields");
        if (!fields.isObject()) {
            throw new InvalidInput("issue.fields", "is required");
        }
        String project = text(fields.path("project").path("key"));
        if (project == null) {
            throw new InvalidInput("issue.fields.project.key", "is required");
        }
        List<String> components = new ArrayList<>();
        fields.path("components").forEach(c -> {
            String componentId = text(c.path("id"));
            if (componentId != null) {
                components.add(componentId);
            }
        });
        return new IssueSnapshot(id, text(issue.path("key")), project, components,
                text(fields.path("reporter").path("accountId")), text(fields.path("assignee").path("accountId")),
                text(fields.path("status").path("statusCategory").path("key")),
                time("issue.fields.created", fields.path("created")), time("issue.fields.resolutiondate", fields.path("resolutiondate")));
    }

    static Instant time(String field, JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, JIRA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "is not a time Jira writes (2026-11-23T10:15:30.000+0000)");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }
}
