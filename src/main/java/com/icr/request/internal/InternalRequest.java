package com.icr.request.internal;

import com.icr.request.DeclineReason;
import com.icr.request.IssueSnapshot;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A Jira issue as this app knows it, internal request or not (an issue in an unmapped
 * project is kept too, so that a later correction or mapping has its facts). Issue events
 * apply so that their order does not matter: the issue's fields come from the latest
 * event by (timestamp, delivery key), the first response is the earliest one seen, and
 * deletion is final.
 */
@Entity
@Table(name = "internal_request")
public class InternalRequest {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "issue_id", nullable = false)
    private String issueId;

    @Column(name = "issue_key")
    private String issueKey;

    @Column(name = "project_key")
    private String projectKey;

    @Column(name = "component_ids")
    private String componentIds;

    @Column(name = "reporter_account_id")
    private String reporter;

    @Column(name = "assignee_account_id")
    private String assignee;

    @Column(name = "status_category")
    private String statusCategory;

    @Column(name = "issue_created_at")
    private Instant issueCreatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "status_id")
    private String statusId;

    @Column(name = "status_name")
    private String statusName;

    /** When the issue was first seen in its workflow status (the event's time). */
    @Column(name = "status_since")
    private Instant statusSince;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "snapshot_at", nullable = false)
    private long snapshotAt;

    @Column(name = "snapshot_key")
    private String snapshotKey;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "auto_provider_id")
    private String autoProviderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_source")
    private ProviderSource providerSource;

    @Column(name = "auto_customer_id")
    private String autoCustomerId;

    @Column(name = "customer_looked_up", nullable = false)
    private boolean customerLookedUp;

    @Column(name = "corrected_provider_id")
    private String correctedProviderId;

    @Column(name = "corrected_customer_id")
    private String correctedCustomerId;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    /**
     * The departments in effect, set only while this is an internal request: what queries
     * filter on.
     */
    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_reason")
    private DeclineReason decisionReason;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * What the satisfaction checks' module last said of the issue (see
     * {@link RequestFollower}).
     */
    @Column(name = "satisfaction_key")
    private String satisfactionKey;

    /**
     * Raised whenever what the issue's entity property says changes: the outbox key of
     * its next write.
     */
    @Column(name = "summary_revision", nullable = false)
    private int summaryRevision;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    private List<DecisionRecord> decisions = new ArrayList<>();

    /** The statuses the request was in, as the app saw them, for the paused clocks. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    private List<StatusPeriod> statusPeriods = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    public enum ProviderSource {

        PROJECT, COMPONENT

    }

    protected InternalRequest() {
    }

    public InternalRequest(TenantId tenantId, String issueId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.issueId = issueId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Whether an event at this time is later than the one the issue's fields come from.
     */
    public boolean isOlderThan(long timestamp, String deliveryKey) {
        if (snapshotKey == null) {
            return true;
        }
        int byTime = Long.compare(timestamp, snapshotAt);
        return byTime > 0 || (byTime == 0 && deliveryKey.compareTo(snapshotKey) > 0);
    }

    /** The issue as of a later event; the provider found for its project now. */
    public void apply(IssueSnapshot issue, long timestamp, String deliveryKey, String providerId, ProviderSource source,
            Instant now) {
        if (!Objects.equals(reporter, issue.reporterAccountId())) {
            customerLookedUp = false; // a new reporter: their groups decide the customer
                                      // again
            autoCustomerId = null;
        }
        issueKey = issue.issueKey();
        projectKey = issue.projectKey();
        componentIds = String.join(",", issue.componentIds());
        reporter = issue.reporterAccountId();
        assignee = issue.assigneeAccountId();
        statusCategory = issue.statusCategory();
        issueCreatedAt = issue.createdAt();
        resolvedAt = issue.resolvedAt();
        if (!Objects.equals(statusId, issue.statusId()) || !Objects.equals(statusName, issue.statusName())) {
            statusSince = issue.statusId() == null && issue.statusName() == null ? null
                    : Instant.ofEpochMilli(timestamp);
            Instant at = Instant.ofEpochMilli(timestamp);
            statusPeriods.stream().filter(StatusPeriod::isOpen).forEach(p -> p.left(at));
            if (statusSince != null) {
                statusPeriods.add(new StatusPeriod(tenantId, issue.statusId(), issue.statusName(), at));
            }
        }
        statusId = issue.statusId();
        statusName = issue.statusName();
        snapshotAt = timestamp;
        snapshotKey = deliveryKey;
        autoProviderId = providerId;
        providerSource = source;
        updatedAt = now;
    }

    /**
     * What any event says about the first response; the earliest wins, whatever order
     * they come in.
     */
    public void responded(Instant at) {
        if (at != null && (firstResponseAt == null || at.isBefore(firstResponseAt))) {
            firstResponseAt = at;
        }
    }

    public void customerFound(String departmentId) {
        autoCustomerId = departmentId;
        customerLookedUp = true;
    }

    public void delete(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    public void correct(String provider, String customer, String accountId, Instant now) {
        correctedProviderId = provider;
        correctedCustomerId = customer;
        correctedBy = provider == null && customer == null ? null : accountId;
        correctedAt = provider == null && customer == null ? null : now;
        updatedAt = now;
    }

    public DecisionRecord decide(Decision outcome, DeclineReason reason, String note, String accountId, Instant now) {
        if (!isInternal()) {
            throw new InvalidInput("outcome", "input.not-internal-request");
        }
        DecisionRecord record = new DecisionRecord(tenantId, outcome, reason, note, accountId, now);
        decisions.add(record);
        decision = outcome;
        decisionReason = reason;
        decisionNote = note;
        decidedAt = now;
        responded(now);
        updatedAt = now;
        return record;
    }

    /**
     * What the request says before a change: compare with {@link #changedSince} after it.
     */
    public Keys keys() {
        return new Keys(summaryKey(), figuresKey());
    }

    public record Keys(String summary, String figures) {
    }

    /**
     * Sets the departments in effect (see {@link #settle}), after a change, and raises
     * the summary revision when what the issue's entity property says has changed.
     * @return what changed since {@code before}: the summary, the figures, both or
     * neither
     */
    public Keys changedSince(Keys before) {
        settle();
        boolean summaryChanged = !before.summary().equals(summaryKey());
        if (summaryChanged) {
            summaryRevision++;
        }
        return new Keys(summaryChanged ? summaryKey() : null,
                before.figures().equals(figuresKey()) ? null : figuresKey());
    }

    /**
     * Sets the departments in effect from the automatic and corrected ones, after a
     * change.
     */
    public void settle() {
        String provider = correctedProviderId != null ? correctedProviderId : autoProviderId;
        String customer = correctedCustomerId != null ? correctedCustomerId : autoCustomerId;
        boolean internal = !deleted && provider != null && customer != null && !provider.equals(customer);
        providerId = internal ? provider : null;
        customerId = internal ? customer : null;
    }

    public void satisfaction(String key) {
        satisfactionKey = key;
    }

    /**
     * What the matrix counts of this request: when it changes, the site's figures change.
     */
    private String figuresKey() {
        return summaryKey() + "|" + resolvedAt + "|" + firstResponseAt + "|" + issueCreatedAt + "|" + decidedAt;
    }

    private String summaryKey() {
        return providerId + "|" + customerId + "|" + decision + "|" + decisionReason + "|" + decidedAt + "|" + deleted
                + "|" + satisfactionKey;
    }

    /** Provider known, customer not yet looked up: its reporter's groups are needed. */
    public boolean needsCustomer() {
        return !deleted && reporter != null && !customerLookedUp && correctedCustomerId == null
                && (autoProviderId != null || correctedProviderId != null);
    }

    public boolean isInternal() {
        return providerId != null && customerId != null;
    }

    /** The statuses the request was in, oldest first. */
    List<StatusSpan> statusSpans() {
        return statusPeriods.stream().map(StatusPeriod::span).sorted(Comparator.comparing(StatusSpan::from)).toList();
    }

    public List<DecisionView> history() {
        return decisions.stream()
            .sorted(Comparator.comparing(DecisionRecord::decidedAt).reversed())
            .map(DecisionRecord::view)
            .toList();
    }

    public String id() {
        return id;
    }

    public String issueId() {
        return issueId;
    }

    /** The row's version: it changes with every change of the request. */
    public long version() {
        return version;
    }

    public String issueKey() {
        return issueKey;
    }

    public String projectKey() {
        return projectKey;
    }

    public List<String> componentIds() {
        return componentIds == null || componentIds.isEmpty() ? List.of() : Arrays.asList(componentIds.split(","));
    }

    public String reporter() {
        return reporter;
    }

    public String assignee() {
        return assignee;
    }

    public boolean deleted() {
        return deleted;
    }

    public String autoProviderId() {
        return autoProviderId;
    }

    public ProviderSource providerSource() {
        return providerSource;
    }

    public String autoCustomerId() {
        return autoCustomerId;
    }

    public boolean customerLookedUp() {
        return customerLookedUp;
    }

    public String correctedProviderId() {
        return correctedProviderId;
    }

    public String correctedCustomerId() {
        return correctedCustomerId;
    }

    public String providerId() {
        return providerId;
    }

    public String customerId() {
        return customerId;
    }

    public Decision decision() {
        return decision;
    }

    public DeclineReason decisionReason() {
        return decisionReason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant issueCreatedAt() {
        return issueCreatedAt;
    }

    public String statusId() {
        return statusId;
    }

    public String statusName() {
        return statusName;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public int summaryRevision() {
        return summaryRevision;
    }

    public TenantId tenantId() {
        return tenantId;
    }

}
