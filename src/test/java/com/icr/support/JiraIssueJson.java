package com.icr.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jira issue in REST API v3's JSON, as Jira's webhooks and {@code GET
 * /rest/api/3/issue/{id}} carry it (the fields this app reads, plus a few it must
 * ignore). Times in Jira's own format.
 */
public final class JiraIssueJson {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
        .withZone(ZoneOffset.UTC);

    public final String id;

    public final String key;

    private String project;

    private final List<String> components = new ArrayList<>();

    private String reporter;

    private String assignee;

    private String statusCategory = "new";

    private String statusId;

    private String statusName;

    private Instant created = Instant.parse("2026-11-02T09:00:00Z");

    private Instant updated = created;

    private Instant resolved;

    private String summary = "Please prepare the Q4 pipeline report";

    public JiraIssueJson(String id, String key, String project) {
        this.id = id;
        this.key = key;
        this.project = project;
    }

    public JiraIssueJson project(String key) {
        this.project = key;
        return this;
    }

    public JiraIssueJson component(String id) {
        components.add(id);
        return this;
    }

    public JiraIssueJson reporter(String accountId) {
        this.reporter = accountId;
        return this;
    }

    public JiraIssueJson assignee(String accountId) {
        this.assignee = accountId;
        return this;
    }

    public JiraIssueJson status(String category) {
        this.statusCategory = category;
        return this;
    }

    /**
     * A workflow status of its own (id and name) in a category; null for Open or Done.
     */
    public JiraIssueJson workflowStatus(String id, String name, String category) {
        this.statusId = id;
        this.statusName = name;
        this.statusCategory = category;
        return this;
    }

    public JiraIssueJson created(Instant at) {
        this.created = at;
        this.updated = at;
        return this;
    }

    public JiraIssueJson updated(Instant at) {
        this.updated = at;
        return this;
    }

    public JiraIssueJson resolved(Instant at) {
        this.resolved = at;
        this.statusCategory = at == null ? statusCategory : "done";
        return this;
    }

    public JiraIssueJson summary(String text) {
        this.summary = text;
        return this;
    }

    public Map<String, Object> json() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", summary);
        fields.put("project",
                Map.of("id", "100" + Math.abs(project.hashCode() % 100), "key", project, "name", project + " project"));
        fields.put("components", components.stream().map(c -> Map.of("id", c, "name", "Component " + c)).toList());
        fields.put("reporter", reporter == null ? null : user(reporter));
        fields.put("assignee", assignee == null ? null : user(assignee));
        boolean done = statusCategory.equals("done");
        fields.put("status",
                Map.of("id", statusId != null ? statusId : done ? "6" : "1", "name",
                        statusName != null ? statusName : done ? "Done" : "Open", "statusCategory",
                        Map.of("id", 2, "key", statusCategory, "name", statusCategory)));
        fields.put("created", JIRA_TIME.format(created));
        fields.put("updated", JIRA_TIME.format(updated));
        fields.put("resolutiondate", resolved == null ? null : JIRA_TIME.format(resolved));
        fields.put("issuetype", Map.of("name", "Task"));
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("id", id);
        issue.put("key", key);
        issue.put("self", "https://example.atlassian.net/rest/api/3/issue/" + id);
        issue.put("fields", fields);
        return issue;
    }

    /**
     * The body of a {@code jira:issue_*} webhook about this issue at {@code timestamp}.
     */
    public Map<String, Object> webhook(String event, long timestamp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", timestamp);
        body.put("webhookEvent", event);
        body.put("issue_event_type_name", event.replace("jira:", "").replace("issue_", "issue_"));
        body.put("user", user(reporter == null ? "557058:someone" : reporter));
        body.put("issue", json());
        return body;
    }

    /**
     * A Forge product event about this issue ({@code avi:jira:updated:issue} ...), shaped
     * as Forge's events reference shows it: no timestamp, no delivery id, and the issue
     * with only some of its fields (no resolution date, no components).
     */
    public Map<String, Object> forgeEvent(String eventType) {
        Map<String, Object> fields = new LinkedHashMap<>(castFields(json()));
        fields.keySet()
            .retainAll(
                    List.of("summary", "issuetype", "created", "updated", "project", "reporter", "assignee", "status"));
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("id", id);
        issue.put("key", key);
        issue.put("fields", fields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventType", eventType);
        body.put("selfGenerated", false);
        body.put("atlassianId", reporter == null ? "557058:someone" : reporter);
        body.put("issue", issue);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castFields(Map<String, Object> issue) {
        return (Map<String, Object>) issue.get("fields");
    }

    /** A comment webhook: Jira sends {@code jira:issue_updated} with the comment. */
    public Map<String, Object> commented(String authorAccountId, Instant at) {
        Map<String, Object> body = webhook("jira:issue_updated", at.toEpochMilli());
        body.put("issue_event_type_name", "issue_commented");
        body.put("comment", Map.of("id", "9" + at.toEpochMilli() % 100000, "author", user(authorAccountId), "body",
                "On it", "created", JIRA_TIME.format(at)));
        return body;
    }

    private static Map<String, Object> user(String accountId) {
        return Map.of("accountId", accountId, "displayName",
                "User " + accountId.substring(Math.max(0, accountId.length() - 6)), "active", true);
    }

}
