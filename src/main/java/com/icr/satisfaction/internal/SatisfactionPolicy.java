package com.icr.satisfaction.internal;

import com.icr.core.ProjectKey;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A site's rules for satisfaction checks. A site that never saved one has the defaults:
 * ask the reporter at once, one reminder after 3 days, expiry after 7, every mapped
 * project, no clarity rating.
 */
@Entity
@Table(name = "satisfaction_policy")
class SatisfactionPolicy {

    static final int MAX_DELAY_MINUTES = 7 * 24 * 60;
    static final int MAX_EXPIRY_DAYS = 60;
    static final int MAX_PROJECTS = 200;
    static final int MAX_TRIGGER_STATUS = 255;

    static final int MAX_JQL = 2000;

    static final int MAX_PROBLEM = 1000;

    /** The site's id as text: JPA applies no converter to an id. */
    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "delay_minutes", nullable = false)
    private int delayMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Asked asked;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "reminder_days")
    private Integer reminderDays;

    /** Comma-separated project keys; empty for every project mapped to a department. */
    @Column
    private String projects;

    @Column(nullable = false)
    private boolean clarity;

    /** What opens a check: the resolution, or entering {@link #triggerStatus}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private SatisfactionCheck.Trigger trigger = SatisfactionCheck.Trigger.RESOLUTION;

    @Column(name = "trigger_status")
    private String triggerStatus;

    /**
     * Only issues that match it are asked (Jira's JQL match API decides); null for all.
     */
    @Column(name = "jql_filter")
    private String jqlFilter;

    /**
     * What Jira said the last time it rejected the filter, until the policy is saved
     * again.
     */
    @Column(name = "filter_problem")
    private String filterProblem;

    @Column(name = "filter_problem_at")
    private Instant filterProblemAt;

    @Column(name = "filter_problem_issue")
    private String filterProblemIssue;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SatisfactionPolicy() {
    }

    static SatisfactionPolicy defaults(TenantId tenantId) {
        SatisfactionPolicy policy = new SatisfactionPolicy();
        policy.tenantId = tenantId.value();
        policy.asked = Asked.REPORTER;
        policy.expiryDays = 7;
        policy.reminderDays = 3;
        policy.projects = "";
        policy.updatedAt = Instant.EPOCH;
        return policy;
    }

    /** Checks the whole body before changing anything: a bad field changes nothing. */
    void change(PolicyBody body, String accountId, Instant now) {
        if (body == null) {
            throw new InvalidInput("delayMinutes", "input.policy-required");
        }
        int delay = within("delayMinutes", body.delayMinutes(), 0, 0, MAX_DELAY_MINUTES);
        Asked who = Asked.parse(body.asked());
        int expiry = within("expiryDays", body.expiryDays(), 7, 1, MAX_EXPIRY_DAYS);
        Integer reminder = body.reminderDays();
        if (reminder != null && (reminder < 1 || reminder >= expiry)) {
            throw new InvalidInput("reminderDays", "input.reminder-days", expiry);
        }
        List<String> keys = body.projects() == null ? List.of() : body.projects();
        if (keys.size() > MAX_PROJECTS) {
            throw new InvalidInput("projects", "input.too-many-projects", MAX_PROJECTS);
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String key : keys) {
            cleaned
                .add(ProjectKey.parse("projects", key == null ? null : key.toUpperCase(java.util.Locale.ROOT)).value());
        }
        SatisfactionCheck.Trigger opensOn = triggerOf(body.trigger());
        String status = body.triggerStatus() == null ? "" : body.triggerStatus().strip();
        if (status.length() > MAX_TRIGGER_STATUS) {
            throw new InvalidInput("triggerStatus", "input.too-long", MAX_TRIGGER_STATUS);
        }
        if (opensOn == SatisfactionCheck.Trigger.STATUS && status.isEmpty()) {
            throw new InvalidInput("triggerStatus", "input.trigger-status-required");
        }
        String jql = body.jqlFilter() == null ? "" : body.jqlFilter().strip();
        if (jql.length() > MAX_JQL) {
            throw new InvalidInput("jqlFilter", "input.too-long", MAX_JQL);
        }
        delayMinutes = delay;
        asked = who;
        trigger = opensOn;
        triggerStatus = opensOn == SatisfactionCheck.Trigger.STATUS ? status : null;
        expiryDays = expiry;
        reminderDays = reminder;
        projects = String.join(",", cleaned);
        clarity = Boolean.TRUE.equals(body.clarity());
        if (!jql.equals(jqlFilter == null ? "" : jqlFilter)) {
            filterProblem = null; // a new filter: the old one's problem is not its
            filterProblemAt = null;
            filterProblemIssue = null;
        }
        jqlFilter = jql.isEmpty() ? null : jql;
        updatedBy = accountId;
        updatedAt = now;
    }

    private static SatisfactionCheck.Trigger triggerOf(String value) {
        String key = value == null ? "" : value.strip();
        return switch (key) {
            case "", "resolution" -> SatisfactionCheck.Trigger.RESOLUTION;
            case "status" -> SatisfactionCheck.Trigger.STATUS;
            default -> throw new InvalidInput("trigger", "input.policy-trigger");
        };
    }

    private static int within(String field, Integer value, int otherwise, int min, int max) {
        int v = value == null ? otherwise : value;
        if (v < min || v > max) {
            throw new InvalidInput(field, "input.between", min, max);
        }
        return v;
    }

    boolean takesPart(String projectKey) {
        return projects == null || projects.isEmpty() || projectList().contains(projectKey);
    }

    private List<String> projectList() {
        return projects == null || projects.isEmpty() ? List.of() : Arrays.asList(projects.split(","));
    }

    PolicyBody body() {
        return new PolicyBody(delayMinutes, asked.key(), expiryDays, reminderDays, projectList(), clarity,
                trigger == SatisfactionCheck.Trigger.STATUS ? "status" : "resolution", triggerStatus, jqlFilter,
                filterProblem == null ? null
                        : new PolicyBody.FilterProblem(filterProblem, filterProblemAt, filterProblemIssue));
    }

    String jqlFilter() {
        return jqlFilter;
    }

    /**
     * Jira rejected the filter a check was opened under: kept for the administrator, if
     * it is still the policy's filter.
     */
    void filterRejected(String filter, List<String> errors, String issueKey, Instant at) {
        if (!filter.equals(jqlFilter)) {
            return;
        }
        String said = String.join(" ", errors);
        filterProblem = said.length() > MAX_PROBLEM ? said.substring(0, MAX_PROBLEM) : said;
        filterProblemAt = at;
        filterProblemIssue = issueKey;
    }

    SatisfactionCheck.Trigger trigger() {
        return trigger;
    }

    String triggerStatus() {
        return triggerStatus;
    }

    /**
     * When the change shows the issue entering what opens a check under this policy: its
     * resolution, or the chosen status; null while it is not there.
     */
    Instant triggeredAt(com.icr.request.RequestChanged change) {
        return trigger == SatisfactionCheck.Trigger.STATUS ? change.enteredStatus(triggerStatus) : change.resolvedAt();
    }

    Duration delay() {
        return Duration.ofMinutes(delayMinutes);
    }

    Asked asked() {
        return asked;
    }

    int expiryDays() {
        return expiryDays;
    }

    Integer reminderDays() {
        return reminderDays;
    }

    boolean clarity() {
        return clarity;
    }

}
