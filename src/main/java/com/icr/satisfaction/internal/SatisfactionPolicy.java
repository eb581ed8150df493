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
        delayMinutes = delay;
        asked = who;
        expiryDays = expiry;
        reminderDays = reminder;
        projects = String.join(",", cleaned);
        clarity = Boolean.TRUE.equals(body.clarity());
        updatedBy = accountId;
        updatedAt = now;
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
        return new PolicyBody(delayMinutes, asked.key(), expiryDays, reminderDays, projectList(), clarity);
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
